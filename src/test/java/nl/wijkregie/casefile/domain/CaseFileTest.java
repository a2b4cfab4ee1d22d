package nl.wijkregie.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;
import org.junit.jupiter.api.Test;

class CaseFileTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Set<String> TEAM = Set.of("fatima", "ahmed", "lisa");

    private static CaseFile newCase() {
        return CaseFile.open(UUID.randomUUID(), UUID.randomUUID(), "fatima", "fatima", NOW, TODAY.plusDays(14),
                "2026-000001");
    }

    @Test
    void startsAsAanmeldingWithADueDate() {
        CaseFile caseFile = newCase();

        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.AANGEMELD);
        assertThat(caseFile.getAllowedTransitions()).containsExactlyInAnyOrder(CaseStatus.INTAKE, CaseStatus.AFGESLOTEN);
        assertThat(caseFile.isOverdue(TODAY)).isFalse();
        assertThat(caseFile.isOverdue(TODAY.plusDays(15))).isTrue();
    }

    @Test
    void refusesToSkipAPhaseAndNamesWhatIsPossible() {
        CaseFile caseFile = newCase();

        assertThatThrownBy(() -> caseFile.moveTo(CaseStatus.PLAN, 0, TODAY, null, NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("AANGEMELD").hasMessageContaining("INTAKE").hasMessageContaining("AFGESLOTEN");
    }

    @Test
    void evaluationLeadsBackToExecutionOrToANewPlan() {
        assertThat(CaseStatus.EVALUATIE.next()).containsExactlyInAnyOrder(CaseStatus.UITVOERING, CaseStatus.PLAN,
                CaseStatus.AFGESLOTEN);
        assertThat(CaseStatus.AFGESLOTEN.next()).isEmpty();
    }

    @Test
    void aStepBackNeedsAReasonWhichTheCaseKeeps() {
        CaseFile caseFile = newCase();
        caseFile.moveTo(CaseStatus.INTAKE, 0, TODAY, null, NOW);
        caseFile.moveTo(CaseStatus.PLAN, 0, TODAY, null, NOW);
        caseFile.moveTo(CaseStatus.UITVOERING, 0, TODAY, null, NOW);
        caseFile.moveTo(CaseStatus.EVALUATIE, 0, TODAY, null, NOW);

        assertThatThrownBy(() -> caseFile.moveTo(CaseStatus.PLAN, 0, TODAY, " ", NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("reden");
        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.EVALUATIE);

        caseFile.moveTo(CaseStatus.PLAN, 0, TODAY.plusDays(28), "  Doelen bijgesteld ", NOW);

        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.PLAN);
        assertThat(caseFile.getStatusReason()).isEqualTo("Doelen bijgesteld");
        assertThat(CaseStatus.EVALUATIE.isBackStepTo(CaseStatus.UITVOERING)).isTrue();
        assertThat(CaseStatus.PLAN.isBackStepTo(CaseStatus.UITVOERING)).isFalse();
        assertThat(CaseStatus.EVALUATIE.isBackStepTo(CaseStatus.AFGESLOTEN)).isFalse();
    }

    @Test
    void closesOnlyWithReasonAndSummaryAndThenStaysClosed() {
        CaseFile caseFile = newCase();
        assertThatThrownBy(() -> caseFile.close(null, "klaar", 0, NOW)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> caseFile.close(ClosingReason.OVERIG, " ", 0, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> caseFile.moveTo(CaseStatus.AFGESLOTEN, 0, null, null, NOW))
                .isInstanceOf(RuleViolationException.class);

        caseFile.close(ClosingReason.HULP_GEWEIGERD, "Wil geen hulp", 0, NOW);

        assertThat(caseFile.getStatus()).isEqualTo(CaseStatus.AFGESLOTEN);
        assertThat(caseFile.getDueOn()).isNull();
        assertThat(caseFile.isOverdue(TODAY.plusYears(1))).isFalse();
        assertThatThrownBy(() -> caseFile.involveDomain(CareDomain.SCHULDEN, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesAnEditOfAnOlderVersion() {
        assertThatThrownBy(() -> newCase().moveTo(CaseStatus.INTAKE, 3, TODAY, null, NOW))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void assignsOnlyPeopleOfTheOwningTeam() {
        CaseFile caseFile = newCase();
        assertThatThrownBy(() -> caseFile.assign("pieter", List.of(), TEAM, 0L, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("pieter");
        assertThatThrownBy(() -> caseFile.assign("ahmed", List.of("wouter"), TEAM, 0L, NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("wouter");

        caseFile.assign("ahmed", List.of("lisa", "ahmed"), TEAM, 0L, NOW);

        assertThat(caseFile.getRegisseurId()).isEqualTo("ahmed");
        assertThat(caseFile.getInvolvedProfessionals()).containsExactly("lisa");
    }

    @Test
    void replacesDomainsAndRefusesMembersOfAnotherHousehold() {
        CaseFile caseFile = newCase();
        UUID child = UUID.randomUUID();
        caseFile.involveDomains(List.of(new DomainInvolvement(CareDomain.JEUGD, child),
                new DomainInvolvement(CareDomain.SCHULDEN, null)), Set.of(child), 0, NOW);
        assertThat(caseFile.getDomains()).extracting(DomainAssignment::getDomain)
                .containsExactlyInAnyOrder(CareDomain.JEUGD, CareDomain.SCHULDEN);

        caseFile.involveDomains(List.of(new DomainInvolvement(CareDomain.SCHULDEN, null)), Set.of(child), 0, NOW);
        assertThat(caseFile.getDomains()).extracting(DomainAssignment::getDomain).containsExactly(CareDomain.SCHULDEN);
        assertThat(caseFile.involveDomain(CareDomain.SCHULDEN, NOW)).isFalse();

        assertThatThrownBy(() -> caseFile.involveDomains(
                List.of(new DomainInvolvement(CareDomain.WMO, UUID.randomUUID())), Set.of(child), 0, NOW))
                .isInstanceOf(RuleViolationException.class);
    }
}
