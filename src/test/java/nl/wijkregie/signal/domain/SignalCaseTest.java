package nl.wijkregie.signal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The signal case's rules: stacking, triage facts, deadlines that only move earlier, and fitting end results. */
class SignalCaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static SignalReport report(String organisation, long cents, boolean crisis, Threat threat, LocalDate since) {
        return new SignalReport(PartnerType.HUUR, organisation, UUID.randomUUID().toString(), "J.", null, null, "Dijk",
                LocalDate.of(1980, 1, 2), "Weg", 1, null, "1503AB", "Zaandam", null, null, cents, since,
                TODAY.minusDays(5), crisis, false, threat);
    }

    static SignalCase matchedCase() {
        return SignalCase.open("1503AB-1", UUID.randomUUID(), "WK047901",
                new HouseholdLink(UUID.randomUUID(), UUID.randomUUID(), "WK047901", UUID.randomUUID(), "fatima"),
                List.of(), null, NOW, TODAY, Period.ofDays(90));
    }

    static Signal.Receipt receipt() {
        return new Signal.Receipt("anouk", null, NOW, null, null);
    }

    static TriageOutcome outcome(Priority priority, DeadlineKind kind) {
        return new TriageOutcome(priority, kind, "reden", "signal-triage", 1);
    }

    @Test
    void factsAreTakenOverAllStackedSignals() {
        SignalCase signalCase = matchedCase();
        signalCase.stack(report("Woonzaam", 40_000, false, Threat.GEEN, TODAY.minusDays(40)), null, receipt());
        signalCase.stack(report("PWN", 10_000, false, Threat.AFSLUITING, TODAY.minusDays(100)), null, receipt());
        signalCase.stack(report("woonzaam ", 5_000, true, Threat.GEEN, TODAY.minusDays(10)), null, receipt());

        TriageFacts facts = signalCase.triageFacts(TODAY, true, 10_000);

        assertThat(facts.amountCents()).isEqualTo(55_000);
        assertThat(facts.creditorCount()).isEqualTo(2);
        assertThat(facts.arrearsDays()).isEqualTo(100);
        assertThat(facts.crisis()).isTrue();
        assertThat(facts.threat()).isEqualTo(Threat.AFSLUITING);
        assertThat(facts.knownHousehold()).isTrue();
        assertThat(facts.vulnerableWijk()).isTrue();
        assertThat(signalCase.creditors()).containsExactly("Woonzaam", "PWN", "woonzaam ");
    }

    @Test
    void aPromisedDeadlineOnlyMovesEarlier() {
        SignalCase signalCase = matchedCase();
        signalCase.decide(outcome(Priority.LAAG, DeadlineKind.NORM), TODAY.plusDays(14), "{}", NOW);
        signalCase.decide(outcome(Priority.HOOG, DeadlineKind.DREIGING), TODAY.plusDays(3), "{}", NOW);
        signalCase.decide(outcome(Priority.MIDDEN, DeadlineKind.NORM), TODAY.plusDays(14), "{}", NOW);

        assertThat(signalCase.getContactDeadline()).isEqualTo(TODAY.plusDays(3));
        assertThat(signalCase.getDeadlineKind()).isEqualTo(DeadlineKind.DREIGING);
        assertThat(signalCase.getPriority()).isEqualTo(Priority.MIDDEN);
        assertThat(signalCase.getDecisions()).hasSize(3);
        assertThat(signalCase.isOverdue(TODAY.plusDays(4))).isTrue();
    }

    @Test
    void endResultsMustFitTheContactMade() {
        SignalCase signalCase = matchedCase();
        assertThatThrownBy(() -> signalCase.close(EndResult.GEEN_HULP_NODIG, "fatima", NOW, 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("bereikt");
        signalCase.recordAttempt(ContactKind.TELEFOON, false, TODAY, PartOfDay.OCHTEND, "fatima", NOW, TODAY);
        signalCase.recordAttempt(ContactKind.TELEFOON, false, TODAY, PartOfDay.AVOND, "fatima", NOW, TODAY);
        signalCase.recordAttempt(ContactKind.TELEFOON, false, TODAY, PartOfDay.MIDDAG, "fatima", NOW, TODAY);
        assertThatThrownBy(() -> signalCase.close(EndResult.DEFINITIEF_GEEN_CONTACT, "fatima", NOW, 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("twee manieren");
        signalCase.recordAttempt(ContactKind.BRIEF, false, TODAY, PartOfDay.MIDDAG, "fatima", NOW, TODAY);

        signalCase.close(EndResult.DEFINITIEF_GEEN_CONTACT, "fatima", NOW, 0);

        assertThat(signalCase.getStatus()).isEqualTo(SignalCaseStatus.CLOSED);
        assertThat(signalCase.getHelpAccepted()).isFalse();
        assertThat(signalCase.getPickedUpOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> signalCase.stack(report("X", 1, false, Threat.GEEN, TODAY), null, receipt()))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void helpNeedsAKnownHouseholdAndAttemptsCannotLieInTheFuture() {
        SignalCase unknown = SignalCase.open("1503AB-1", UUID.randomUUID(), null, null, List.of(), null, NOW, TODAY,
                Period.ofDays(90));
        assertThat(unknown.getMatchStatus()).isEqualTo(MatchStatus.UNKNOWN);
        assertThatThrownBy(() -> unknown.recordAttempt(ContactKind.MAIL, true, TODAY.plusDays(1), PartOfDay.OCHTEND,
                "fatima", NOW, TODAY)).isInstanceOf(RuleViolationException.class).hasMessageContaining("toekomst");
        unknown.recordAttempt(ContactKind.HUISBEZOEK, true, TODAY, PartOfDay.OCHTEND, "fatima", NOW, TODAY);

        assertThatThrownBy(() -> unknown.close(EndResult.VERVOLGHULP_FINANCIEEL, "fatima", NOW, 0))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("Koppel eerst");
        unknown.close(EndResult.GEEN_HULP_NODIG, "fatima", NOW, 0);
        assertThat(unknown.getEndResult().ddas()).isEqualTo("Inwoner hoeft geen hulp vanuit vroegsignalering");
    }

    @Test
    void uncertainCasesAreConfirmedOrRejectedOnce() {
        UUID candidate = UUID.randomUUID();
        SignalCase signalCase = SignalCase.open("1503AB-1", UUID.randomUUID(), null, null,
                List.of(new MatchCandidate(candidate, null, "Zelfde adres, andere persoon")), null, NOW, TODAY,
                Period.ofDays(90));
        assertThat(signalCase.getMatchStatus()).isEqualTo(MatchStatus.UNCERTAIN);
        UUID team = UUID.randomUUID();

        signalCase.confirmHousehold(new HouseholdLink(candidate, team, "WK047902", null, null), 0);

        assertThat(signalCase.getMatchStatus()).isEqualTo(MatchStatus.MATCHED);
        assertThat(signalCase.getTeamId()).isEqualTo(team);
        assertThat(signalCase.getCandidates()).isEmpty();
        assertThatThrownBy(() -> signalCase.rejectCandidates(0)).isInstanceOf(RuleViolationException.class);
        assertThat(signalCase.escalate(NOW)).isTrue();
        assertThat(signalCase.escalate(NOW)).isFalse();
    }
}
