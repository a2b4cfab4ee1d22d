package nl.wijkregie.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.wijkregie.assessment.domain.AssessmentDomain;
import nl.wijkregie.assessment.domain.AssessmentMoment;
import nl.wijkregie.assessment.domain.Carrier;
import nl.wijkregie.assessment.domain.DomainScore;
import nl.wijkregie.casefile.CaseFileService;
import nl.wijkregie.casefile.CaseId;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.domain.Address;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.it.container.ContainerDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * In the container: recording an assessment fires {@link AssessmentEvents.AssessmentRecorded} inside the transaction
 * of the change (scores as codes and numbers, no note text), the plan's entry point {@link AssessmentService#baseline}
 * reads the stored scores with the outdated rule, and a rollback leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(AssessmentContainerIT.class, RecordedEvents.class);
    }

    /** Collects the events as a monitoring observer would receive them. */
    @ApplicationScoped
    public static class RecordedEvents {
        private final List<AssessmentEvents.AssessmentRecorded> seen = new CopyOnWriteArrayList<>();

        void on(@Observes AssessmentEvents.AssessmentRecorded event) {
            seen.add(event);
        }

        /** A method, not the field: the test holds a client proxy, whose own fields are not the bean's. */
        public List<AssessmentEvents.AssessmentRecorded> seen() {
            return List.copyOf(seen);
        }
    }

    @Inject
    HttpServletRequest request;

    @Inject
    HouseholdService households;

    @Inject
    CaseFileService caseFiles;

    @Inject
    AssessmentService assessments;

    @Inject
    RecordedEvents events;

    @Inject
    UserTransaction transaction;

    @BeforeEach
    void logIn() throws Exception {
        request.login("fatima", "wijkregie-demo");
    }

    @AfterEach
    void logOut() throws Exception {
        request.logout();
    }

    @Test
    void recordingFiresTheEventAndFeedsTheBaselineWithinItsTransaction() throws Exception {
        UUID householdId;
        transaction.begin();
        try {
            householdId = households.register(Optional.empty(), address(), List.of(new PersonDetails("Sem", null,
                    "Bakker", LocalDate.of(1985, 3, 4), null))).getId();
            CaseId caseId = caseFiles.openCasesOf(Set.of(new HouseholdId(householdId))).get(new HouseholdId(householdId))
                    .caseId();
            UUID memberId = households.viewInScope(new HouseholdId(householdId)).members().get(0).id();
            LocalDate assessedOn = assessments.today().minusDays(10);

            var recorded = assessments.record(caseId, memberId, assessedOn, AssessmentMoment.INTAKE,
                    List.of(new DomainScore(AssessmentDomain.FINANCES, 2, Carrier.PROFESSIONAL_HELP)),
                    "Geheime notitie");

            AssessmentEvents.AssessmentRecorded event = events.seen().stream()
                    .filter(e -> e.assessmentId().equals(recorded.getId())).findFirst().orElseThrow();
            assertEquals(caseId.value(), event.caseId());
            assertEquals(memberId, event.memberId());
            assertEquals("INTAKE", event.moment());
            assertEquals(List.of(new AssessmentEvents.Score("FINANCES", 2, "PROFESSIONAL_HELP")), event.scores());
            assertTrue(event.notePresent());
            assertEquals("fatima", event.actorId());
            assertTrue(!event.toString().contains("Geheime"), "the note's text never travels with the event");

            Baseline baseline = assessments.baseline(caseId, memberId, "FINANCES", assessments.today())
                    .orElseThrow();
            assertEquals(2, baseline.score());
            assertEquals(assessedOn, baseline.assessedOn());
            assertTrue(assessments.baseline(caseId, memberId, "FINANCES", assessedOn.plusDays(31)).isEmpty(),
                    "31 days later the score is outdated: no baseline");
            assertTrue(assessments.baseline(caseId, memberId, "HOUSING", assessments.today()).isEmpty());
        } finally {
            transaction.rollback();
        }

        assertEquals(0, ContainerDeployment.count(
                "select count(*) from wijkregie.self_reliance_assessment where household_id = ?", householdId));
    }

    private static Address address() {
        Random random = new Random();
        String postcode = (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        return new Address("Metingstraat", 1 + random.nextInt(200), null, postcode, "Zaandam", "WK047901");
    }
}
