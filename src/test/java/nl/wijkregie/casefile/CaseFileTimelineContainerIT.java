package nl.wijkregie.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.domain.Address;
import nl.wijkregie.household.domain.PersonDetails;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event observers, in the container: the household module's typed CDI events reach the case file's observers inside
 * the transaction of the change. Registering a household opens its case (HouseholdEvents.Registered), a move becomes
 * a timeline line (HouseholdEvents.Moved, passed on as a TimelineEntry), both visible before the commit, and both
 * gone with the household when that transaction rolls back.
 */
@ExtendWith(ArquillianExtension.class)
class CaseFileTimelineContainerIT {

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(CaseFileTimelineContainerIT.class);
    }

    @Inject
    HttpServletRequest request;

    @Inject
    HouseholdService households;

    @Inject
    CaseFileService caseFiles;

    @Inject
    Event<HouseholdEvents.Moved> moves;

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
    void theCaseFileObservesHouseholdEventsInTheTransactionOfTheChange() throws Exception {
        UUID householdId;
        UUID caseId;
        transaction.begin();
        try {
            householdId = households.register(Optional.empty(), address(), List.of(new PersonDetails("Sem", null,
                    "Bakker", LocalDate.of(1985, 3, 4), null))).getId();

            OpenCaseRef opened = caseFiles.openCasesOf(Set.of(new HouseholdId(householdId)))
                    .get(new HouseholdId(householdId));
            assertNotNull(opened, "the Registered observer opened the case");
            assertEquals("fatima", opened.regisseurId(), "the professional who registers becomes the regisseur");
            caseId = opened.caseId().value();

            moves.fire(new HouseholdEvents.Moved(householdId, "WK047901", LocalDate.now(), "fatima", Instant.now()));

            List<TimelineEvent> lines = caseFiles.timeline(caseId, new PageRequest(0, 50)).items();
            assertTrue(lines.stream().anyMatch(line -> "MOVED".equals(line.getKind())
                    && "household".equals(line.getSourceModule()) && caseId.equals(line.getCaseId())),
                    "the Moved observer added a timeline line to the open case");
        } finally {
            transaction.rollback();
        }

        assertEquals(0, ContainerDeployment.count("select count(*) from wijkregie.household where id = ?",
                householdId), "household");
        assertEquals(0, ContainerDeployment.count("select count(*) from wijkregie.case_file where id = ?", caseId),
                "case file");
        assertEquals(0, ContainerDeployment.count("select count(*) from wijkregie.timeline_event where household_id"
                + " = ?", householdId), "timeline");
    }

    private static Address address() {
        Random random = new Random();
        String postcode = (1000 + random.nextInt(9000)) + "" + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26));
        return new Address("Containerstraat", 1 + random.nextInt(200), null, postcode, "Zaandam", "WK047901");
    }
}
