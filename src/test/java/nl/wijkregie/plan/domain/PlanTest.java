package nl.wijkregie.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final UUID MOTHER = UUID.randomUUID();
    private static final UUID SON = UUID.randomUUID();
    private static final UUID DAUGHTER = UUID.randomUUID();
    private static final List<PlanMember> MEMBERS = List.of(new PlanMember(MOTHER, LocalDate.of(1985, 3, 1)),
            new PlanMember(SON, LocalDate.of(2012, 6, 1)), new PlanMember(DAUGHTER, LocalDate.of(2018, 1, 1)));
    private static final Set<UUID> IDS = Set.of(MOTHER, SON, DAUGHTER);

    private static PlanPerson network() {
        return PlanPerson.of(PersonKind.NETWORK, null, null, "Oma Riet", "grootmoeder", IDS, Set.of(), "carrier");
    }

    private static PlanPerson mother() {
        return PlanPerson.of(PersonKind.MEMBER, MOTHER, null, null, null, IDS, Set.of(), "regisseur");
    }

    private static PlanDraft draft(String goal, UUID goalKey, UUID actionKey) {
        return new PlanDraft("We koken samen", "Schulden", mother(),
                List.of(new PlanDraft.GoalInput(goalKey, goal, "FINANCES", MOTHER, 2, TODAY, 4, TODAY.plusMonths(6))),
                List.of(new PlanDraft.ActionInput(actionKey, "Oma haalt de kinderen op woensdag", network(), null,
                        null)), TODAY.plusMonths(3));
    }

    private static Plan agreedPlan() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        plan.write(draft("Rust in de post", null, null), 0, "fatima", NOW, TODAY);
        plan.recordAgreement(MOTHER, true, TODAY, AgreementChannel.IN_PERSON, null, MEMBERS, "fatima", NOW, TODAY);
        plan.recordAgreement(SON, true, TODAY, AgreementChannel.IN_PERSON, null, MEMBERS, "fatima", NOW, TODAY);
        return plan;
    }

    @Test
    void whenTheCaseInvolvesJeugdTheOfferComesBeforeTheDraft() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), true, NOW);
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.OFFER);

        assertThatThrownBy(() -> plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("familiegroepsplan");

        plan.recordOffer(FamilyGroupOffer.DECLINED, NOW);
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.DRAFT);
        plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY);
        assertThat(plan.getVersions()).hasSize(1);
        assertThatThrownBy(() -> plan.recordOffer(FamilyGroupOffer.ACCEPTED, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void withoutJeugdNoOfferIsNeeded() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.DRAFT);
        assertThat(plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY).getNumber()).isEqualTo(1);
    }

    @Test
    void aMinorUnderTwelveIsNotAsked() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY);

        assertThatThrownBy(() -> plan.recordAgreement(DAUGHTER, true, TODAY, AgreementChannel.IN_PERSON, null,
                MEMBERS, "fatima", NOW, TODAY)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("jonger dan 12");
        assertThat(new PlanMember(SON, LocalDate.of(2014, 11, 30)).isAskedOn(TODAY)).isTrue();
        assertThat(new PlanMember(SON, LocalDate.of(2014, 12, 1)).isAskedOn(TODAY)).isFalse();
    }

    @Test
    void aVersionIsVastgesteldOnlyWhenEveryMemberOfTwelveOrOlderAnsweredAndOneAgrees() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY);

        boolean afterMother = plan.recordAgreement(MOTHER, true, TODAY, AgreementChannel.PHONE, null, MEMBERS,
                "fatima", NOW, TODAY);
        assertThat(afterMother).as("the son of 14 has not answered").isFalse();
        assertThat(plan.current()).isEmpty();
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.DRAFT);

        boolean afterSon = plan.recordAgreement(SON, false, TODAY, AgreementChannel.IN_PERSON,
                "Ik wil niet naar oma", MEMBERS, "fatima", NOW, TODAY);
        assertThat(afterSon).isTrue();
        assertThat(plan.current()).isPresent();
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.EXECUTION);
        assertThat(plan.getNextEvaluationOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(plan.current().get().getAgreements()).extracting(Agreement::getStatement)
                .contains("Ik wil niet naar oma");
    }

    @Test
    void nobodyAgreeingLeavesTheVersionADraft() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY);
        plan.recordAgreement(MOTHER, false, TODAY, AgreementChannel.PAPER, null, MEMBERS, "fatima", NOW, TODAY);
        plan.recordAgreement(SON, false, TODAY, AgreementChannel.PAPER, null, MEMBERS, "fatima", NOW, TODAY);
        assertThat(plan.current()).isEmpty();
    }

    @Test
    void anAnswerInTheFutureOrOfAStrangerIsRefusedNamingTheField() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        plan.write(draft("Rust", null, null), 0, "fatima", NOW, TODAY);
        assertThatThrownBy(() -> plan.recordAgreement(MOTHER, true, TODAY.plusDays(1), AgreementChannel.PAPER, null,
                MEMBERS, "fatima", NOW, TODAY)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("answeredOn");
        assertThatThrownBy(() -> plan.recordAgreement(UUID.randomUUID(), true, TODAY, AgreementChannel.PAPER, null,
                MEMBERS, "fatima", NOW, TODAY)).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("memberId");
    }

    @Test
    void changingAVastgesteldPlanMakesANewVersionAndShowsWhatChanged() {
        Plan plan = agreedPlan();
        PlanVersion first = plan.current().orElseThrow();
        UUID goalKey = first.getGoals().get(0).getKey();
        UUID actionKey = first.getActions().get(0).getKey();

        PlanVersion second = plan.write(new PlanDraft("We koken samen", "Schulden", mother(), List.of(
                new PlanDraft.GoalInput(goalKey, "Rust in de post en een budgetplan", "FINANCES", MOTHER, 2, TODAY,
                        4, TODAY.plusMonths(6)),
                new PlanDraft.GoalInput(null, "Zoon gaat naar voetbal", null, null, null, null, null, null)),
                List.of(), TODAY.plusMonths(3)), plan.getVersion(), "fatima", NOW, TODAY);

        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.isEstablished()).isFalse();
        assertThat(plan.current()).contains(first);
        assertThat(first.getGoals().get(0).getText()).as("the agreed version stays as agreed")
                .isEqualTo("Rust in de post");
        assertThat(second.getGoals().get(0).getKey()).isEqualTo(goalKey);
        assertThat(second.changesSince(first)).extracting(c -> c.part() + " " + c.change())
                .containsExactlyInAnyOrder("GOAL CHANGED", "GOAL ADDED", "ACTION REMOVED");
        assertThat(second.changesSince(first)).filteredOn(c -> c.part().equals("ACTION"))
                .extracting(VersionChange::before).containsExactly("Oma haalt de kinderen op woensdag");
        assertThat(actionKey).isNotNull();
    }

    @Test
    void anActionMovesWithoutANewVersion() {
        Plan plan = agreedPlan();
        UUID actionKey = plan.current().orElseThrow().getActions().get(0).getKey();
        plan.moveAction(actionKey, ActionStatus.KLAAR);
        assertThat(plan.getVersions()).hasSize(1);
        assertThat(plan.current().orElseThrow().getActions().get(0).getStatus()).isEqualTo(ActionStatus.KLAAR);
        assertThatThrownBy(() -> plan.moveAction(UUID.randomUUID(), ActionStatus.KLAAR))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aDraftNeedsAGoalARegisseurAndANextEvaluationAfterToday() {
        Plan plan = Plan.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), false, NOW);
        assertThatThrownBy(() -> plan.write(new PlanDraft(null, null, mother(), List.of(), List.of(),
                TODAY.plusMonths(3)), 0, "fatima", NOW, TODAY)).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("goals");
        assertThatThrownBy(() -> plan.write(new PlanDraft(null, null, null, draft("x", null, null).goals(),
                List.of(), TODAY.plusMonths(3)), 0, "fatima", NOW, TODAY))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("regisseur");
        assertThatThrownBy(() -> plan.write(new PlanDraft(null, null, mother(), draft("x", null, null).goals(),
                List.of(), TODAY), 0, "fatima", NOW, TODAY)).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("nextEvaluationOn");
        assertThatThrownBy(() -> PlanPerson.of(PersonKind.NETWORK, null, null, "Oma", " ", IDS, Set.of(),
                "actions[0].carrier")).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("actions[0].carrier.relation");
        assertThatThrownBy(() -> PlanPerson.of(PersonKind.PROFESSIONAL, null, "pieter", null, null, IDS,
                Set.of("fatima"), "regisseur")).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("regisseur.userId");
        assertThat(plan.getVersions()).isEmpty();
    }

    @Test
    void anEvaluationJudgesEveryGoalAndGoesOnOrCloses() {
        Plan plan = agreedPlan();
        UUID goal = plan.current().orElseThrow().getGoals().get(0).getKey();
        assertThatThrownBy(() -> plan.evaluate(TODAY, Map.of(goal, GoalResult.DEELS), false, true, false,
                EvaluationDecision.CONTINUE, TODAY.plusMonths(3), "fatima", NOW, TODAY))
                .as("not before the evaluation date").isInstanceOf(RuleViolationException.class);

        assertThat(plan.evaluationDue()).isTrue();
        assertThat(plan.evaluationDue()).as("idempotent").isFalse();
        assertThat(plan.escalate(NOW)).isTrue();
        assertThat(plan.escalate(NOW)).isFalse();
        assertThatThrownBy(() -> plan.evaluate(TODAY, Map.of(), false, true, false, EvaluationDecision.CONTINUE,
                TODAY.plusMonths(3), "fatima", NOW, TODAY)).extracting(e -> ((InvalidFieldException) e).field())
                .isEqualTo("goals");
        assertThatThrownBy(() -> plan.evaluate(TODAY, Map.of(goal, GoalResult.DEELS), false, true, false,
                EvaluationDecision.CONTINUE, null, "fatima", NOW, TODAY))
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("nextEvaluationOn");

        PlanEvaluation first = plan.evaluate(TODAY, Map.of(goal, GoalResult.DEELS), false, true, false,
                EvaluationDecision.CONTINUE, TODAY.plusMonths(2), "fatima", NOW, TODAY);
        assertThat(first.getCycle()).isEqualTo(1);
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.EXECUTION);
        assertThat(plan.getNextEvaluationOn()).isEqualTo(TODAY.plusMonths(2));
        assertThat(plan.getEscalatedAt()).isNull();

        plan.evaluationDue();
        PlanEvaluation last = plan.evaluate(TODAY, Map.of(goal, GoalResult.BEREIKT), true, true, true,
                EvaluationDecision.CLOSE, null, "fatima", NOW, TODAY);
        assertThat(last.getCycle()).isEqualTo(2);
        assertThat(last.getGoals()).extracting(GoalEvaluation::getDomain).containsExactly("FINANCES");
        assertThat(plan.getPhase()).isEqualTo(PlanPhase.CLOSED);
        assertThatThrownBy(() -> plan.write(draft("x", null, null), plan.getVersion(), "fatima", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class);
    }
}
