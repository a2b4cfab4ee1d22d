package nl.wijkregie.casefile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class JournalAndConsentTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final UUID MEMBER = UUID.randomUUID();

    private static CaseFile openCase() {
        return CaseFile.open(UUID.randomUUID(), UUID.randomUUID(), "fatima", "fatima", NOW, TODAY, "2026-000001");
    }

    @Test
    void aConfidentialNoteIsForItsAuthorAndTheRegisseurOnly() {
        JournalEntry note = JournalEntry.write(openCase(), "ahmed", " Zorg over veiligheid ", CareDomain.VEILIGHEID,
                Set.of(MEMBER), Set.of(MEMBER), true, NOW);

        assertThat(note.getText()).isEqualTo("Zorg over veiligheid");
        assertThat(note.isReadableBy("ahmed", "fatima")).isTrue();
        assertThat(note.isReadableBy("fatima", "fatima")).isTrue();
        assertThat(note.isReadableBy("lisa", "fatima")).isFalse();
        assertThat(note.isReadableBy("sanne", null)).isFalse();
    }

    @Test
    void anOpenNoteIsForEveryoneWithAccessToTheCase() {
        JournalEntry note = JournalEntry.write(openCase(), "ahmed", "Gebeld", null, Set.of(), Set.of(MEMBER), false,
                NOW);
        assertThat(note.isReadableBy("lisa", "fatima")).isTrue();
    }

    @Test
    void aNoteNamesOnlyMembersOfTheHouseholdAndNotAClosedCase() {
        assertThatThrownBy(() -> JournalEntry.write(openCase(), "ahmed", "x", null, Set.of(UUID.randomUUID()),
                Set.of(MEMBER), false, NOW)).isInstanceOf(RuleViolationException.class);
        CaseFile closed = openCase();
        closed.close(ClosingReason.OVERIG, "klaar", 0, NOW);
        assertThatThrownBy(() -> JournalEntry.write(closed, "ahmed", "x", null, Set.of(), Set.of(MEMBER), false, NOW))
                .isInstanceOf(RuleViolationException.class);
    }

    private static Consent consent(LocalDate recordedOn, LocalDate expiresOn) {
        return Consent.record(UUID.randomUUID(), MEMBER, Consent.Decision.GIVEN, Consent.RecipientKind.ORGANISATION,
                "GGD Zaanstreek-Waterland", null, recordedOn, expiresOn, "fatima", NOW, TODAY);
    }

    @Test
    void aConsentStandsUntilItExpiresOrIsWithdrawn() {
        Consent consent = consent(TODAY.minusMonths(2), TODAY.plusMonths(10));
        assertThat(consent.standingOn(TODAY)).isEqualTo(Consent.Standing.VALID);
        assertThat(consent.standingOn(TODAY.plusMonths(10))).isEqualTo(Consent.Standing.EXPIRED);

        consent.withdraw(TODAY.minusDays(1), "fatima", 0, TODAY);

        assertThat(consent.standingOn(TODAY)).isEqualTo(Consent.Standing.WITHDRAWN);
        assertThat(consent.standingOn(TODAY.minusDays(2))).isEqualTo(Consent.Standing.VALID);
        assertThatThrownBy(() -> consent.withdraw(TODAY, "fatima", 0, TODAY))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesImpossibleDatesAndUnknownDomains() {
        assertThatThrownBy(() -> consent(TODAY.plusDays(1), null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> consent(TODAY, TODAY)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> Consent.record(UUID.randomUUID(), MEMBER, Consent.Decision.GIVEN,
                Consent.RecipientKind.DOMAIN, "ZORG", null, TODAY, null, "fatima", NOW, TODAY))
                .isInstanceOf(RuleViolationException.class);
        Consent objection = Consent.record(UUID.randomUUID(), MEMBER, Consent.Decision.OBJECTED,
                Consent.RecipientKind.DOMAIN, "JEUGD", null, TODAY, null, "fatima", NOW, TODAY);
        assertThat(objection.standingOn(TODAY)).isEqualTo(Consent.Standing.OBJECTED);
        assertThatThrownBy(() -> objection.withdraw(TODAY, "fatima", 0, TODAY))
                .isInstanceOf(RuleViolationException.class);
    }
}
