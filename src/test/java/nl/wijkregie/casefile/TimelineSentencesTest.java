package nl.wijkregie.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.waitinglist.ReferralEvents;
import org.junit.jupiter.api.Test;

/** The Dutch timeline lines, rendered from typed events: the wording stored before the events became typed. */
class TimelineSentencesTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final UUID HOUSEHOLD = UUID.randomUUID();
    private static final UUID TEAM = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void caseOpenedAndDebtHelp() {
        assertThat(TimelineSentences.caseOpened(new CaseFileEvents.CaseOpened(CASE, HOUSEHOLD, TEAM, List.of(), null,
                AT, "fatima"))).isEqualTo("Zaak aangemeld");
        assertThat(TimelineSentences.debtHelpStarted(new CaseFileEvents.DebtHelpStarted(CASE, HOUSEHOLD, TEAM,
                "signal", UUID.randomUUID(), AT, "fatima"))).isEqualTo("Schuldhulp gestart na vroegsignalering");
    }

    @Test
    void statusChangeNamesBothPhasesAndClosingNamesTheReason() {
        assertThat(TimelineSentences.statusChanged(new CaseFileEvents.StatusChanged(CASE, HOUSEHOLD, TEAM,
                "AANGEMELD", "INTAKE", null, AT, "fatima", null, null))).isEqualTo("Status Aangemeld → Intake");
        assertThat(TimelineSentences.statusChanged(new CaseFileEvents.StatusChanged(CASE, HOUSEHOLD, TEAM,
                "UITVOERING", "AFGESLOTEN", "DOELEN_BEREIKT", AT, "fatima", LocalDate.of(2027, 5, 1), null)))
                .isEqualTo("Zaak afgesloten: doelen bereikt");
    }

    @Test
    void domainsInTheDomainsOrderOrNone() {
        assertThat(TimelineSentences.domainsChanged(new CaseFileEvents.DomainsChanged(CASE, HOUSEHOLD, TEAM,
                List.of("SCHULDEN", "JEUGD", "SCHULDEN"), AT, "fatima"))).isEqualTo("Domeinen: Jeugd, Schulden");
        assertThat(TimelineSentences.domainsChanged(new CaseFileEvents.DomainsChanged(CASE, HOUSEHOLD, TEAM,
                List.of(), AT, "fatima"))).isEqualTo("Domeinen: geen");
    }

    @Test
    void aStepBackGivesItsReasonAndTheDeadlineThatMoved() {
        assertThat(TimelineSentences.statusChanged(new CaseFileEvents.StatusChanged(CASE, HOUSEHOLD, TEAM,
                "EVALUATIE", "PLAN", null, AT, "fatima", LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 12)),
                "Doelen bijgesteld"))
                .isEqualTo("Status Evaluatie → Plan. Reden: Doelen bijgesteld. Uiterlijk nu 12 januari 2027"
                        + " (was 3 december 2026)");
        assertThat(TimelineSentences.statusChanged(new CaseFileEvents.StatusChanged(CASE, HOUSEHOLD, TEAM,
                "INTAKE", "PLAN", null, AT, "fatima", LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3)), null))
                .isEqualTo("Status Intake → Plan");
    }

    @Test
    void regisseurChangeNamesPeopleByDisplayNameAndSaysGeenForNobody() {
        Map<String, String> names = Map.of("ahmed", "Ahmed Bouzid", "fatima", "Fatima el Amrani");
        assertThat(TimelineSentences.regisseurAssigned(new CaseFileEvents.RegisseurAssigned(CASE, HOUSEHOLD, TEAM,
                null, "ahmed", AT, "lisa"), names)).isEqualTo("Regisseur: geen → Ahmed Bouzid");
        assertThat(TimelineSentences.regisseurAssigned(new CaseFileEvents.RegisseurAssigned(CASE, HOUSEHOLD, TEAM,
                "ahmed", "fatima", AT, "lisa"), names)).isEqualTo("Regisseur: Ahmed Bouzid → Fatima el Amrani");
    }

    @Test
    void noteLineNeverHoldsTheText() {
        assertThat(TimelineSentences.journalEntryAdded(new CaseFileEvents.JournalEntryAdded(CASE, HOUSEHOLD,
                UUID.randomUUID(), "WMO", false, AT, "fatima"))).isEqualTo("Notitie toegevoegd (Wmo)");
        assertThat(TimelineSentences.journalEntryAdded(new CaseFileEvents.JournalEntryAdded(CASE, HOUSEHOLD,
                UUID.randomUUID(), null, true, AT, "fatima"))).isEqualTo("Vertrouwelijke notitie toegevoegd");
    }

    @Test
    void consentLinesNameMemberAndRecipientGivenByTheObserver() {
        UUID consent = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        assertThat(TimelineSentences.consentRecorded(new CaseFileEvents.ConsentRecorded(CASE, HOUSEHOLD, consent,
                member, "GIVEN", "ORGANISATION", AT, "fatima"), "Sanne", "GGD"))
                .isEqualTo("Toestemming van Sanne voor delen met GGD");
        assertThat(TimelineSentences.consentRecorded(new CaseFileEvents.ConsentRecorded(CASE, HOUSEHOLD, consent,
                member, "OBJECTED", "DOMAIN", AT, "fatima"), "Sanne", "JEUGD"))
                .isEqualTo("Bezwaar van Sanne voor delen met JEUGD");
        assertThat(TimelineSentences.consentWithdrawn(new CaseFileEvents.ConsentWithdrawn(CASE, HOUSEHOLD, consent,
                member, "ORGANISATION", AT, "fatima"), "GGD"))
                .isEqualTo("Toestemming voor delen met GGD ingetrokken");
    }

    @Test
    void signalsReceivedBySingularOrPluralWithEachPartnerTypeOnce() {
        assertThat(TimelineSentences.signalsReceived(1, List.of("Huur"))).isEqualTo("Vroegsignaal ontvangen: Huur");
        assertThat(TimelineSentences.signalsReceived(3, List.of("Huur", "Energie", "Huur")))
                .isEqualTo("Vroegsignalen ontvangen: Huur, Energie");
    }

    @Test
    void householdChanges() {
        UUID member = UUID.randomUUID();
        assertThat(TimelineSentences.memberJoined(new HouseholdEvents.MemberJoined(HOUSEHOLD, member, "Sanne",
                "KIND", LocalDate.of(2026, 11, 1), "fatima", AT)))
                .isEqualTo("Sanne hoort sinds 1 november 2026 bij het huishouden");
        assertThat(TimelineSentences.memberLeft(new HouseholdEvents.MemberLeft(HOUSEHOLD, member, "Sanne",
                LocalDate.of(2026, 11, 2), "fatima", AT)))
                .isEqualTo("Sanne heeft het huishouden verlaten op 2 november 2026");
        assertThat(TimelineSentences.moved(new HouseholdEvents.Moved(HOUSEHOLD, "WK034401", LocalDate.of(2026, 11, 3),
                "fatima", AT), "Poelenburg")).isEqualTo("Verhuisd op 3 november 2026 (wijk Poelenburg)");
    }

    @Test
    void referralStepsAsDutchSentences() {
        UUID referral = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(TimelineSentences.referralCreated(new ReferralEvents.ReferralCreated(referral, CASE, HOUSEHOLD,
                TEAM, UUID.randomUUID(), "JEUGD", "45", UUID.randomUUID(), "URGENT", "WK047901", day, AT, "fatima")))
                .isEqualTo("Verwijzing jeugdhulp: behoefte vastgesteld op 3 december 2026 (spoed)");
        assertThat(TimelineSentences.referralStep(new ReferralEvents.StepRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "WMO",
                "REQUEST_SENT", day, "MESSAGE", AT, "systeem")))
                .isEqualTo("Verwijzing Wmo-ondersteuning: aanvraag verstuurd op 3 december 2026 (bericht 315)");
        assertThat(TimelineSentences.referralStep(new ReferralEvents.StepRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "WMO",
                "ALLOCATED", day, "HAND", AT, "fatima")))
                .isEqualTo("Verwijzing Wmo-ondersteuning: toewijzing ontvangen op 3 december 2026");
        assertThat(TimelineSentences.referralStep(new ReferralEvents.StepRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "SCHULDEN",
                "START_OFFERED", day, "HAND", AT, "fatima")))
                .isEqualTo("Verwijzing schuldhulp: start zorg aangeboden per 3 december 2026");
        assertThat(TimelineSentences.referralStep(new ReferralEvents.StepRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "JEUGD",
                "CARE_STARTED", day, "MESSAGE", AT, "systeem")))
                .isEqualTo("Verwijzing jeugdhulp: zorg gestart op 3 december 2026 (bericht 305)");
        assertThat(TimelineSentences.referralStep(new ReferralEvents.StepRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "JEUGD",
                "CARE_ENDED", day, "HAND", AT, "fatima")))
                .isEqualTo("Verwijzing jeugdhulp: zorg beëindigd op 3 december 2026");
        assertThat(TimelineSentences.referralPaused(new ReferralEvents.Paused(referral, CASE, HOUSEHOLD,
                TEAM, "PARTICIPATIE",
                day, "RESIDENT_WISH", AT, "fatima")))
                .isEqualTo("Verwijzing participatie: wachten gepauzeerd vanaf 3 december 2026 (op eigen verzoek van"
                        + " de inwoner)");
        assertThat(TimelineSentences.referralResumed(new ReferralEvents.Resumed(referral, CASE, HOUSEHOLD,
                TEAM, "PARTICIPATIE",
                day, AT, "fatima"))).isEqualTo("Verwijzing participatie: wachten hervat op 3 december 2026");
        assertThat(TimelineSentences.referralWithdrawn(new ReferralEvents.ReferralWithdrawn(referral, CASE, HOUSEHOLD,
                TEAM, "01",
                day, "MOVED", 12, AT, "fatima", "WMO")))
                .isEqualTo("Verwijzing Wmo-ondersteuning: ingetrokken op 3 december 2026 (verhuisd)");
        assertThat(TimelineSentences.referralNormBreached(new ReferralEvents.NormBreached(referral, CASE, HOUSEHOLD,
                TEAM, "01",
                56, AT, "WMO")))
                .isEqualTo("Verwijzing Wmo-ondersteuning: wachttijdnorm van 56 dagen overschreden; taak voor de"
                        + " teamleider");
        assertThat(TimelineSentences.referralCheckIn(new ReferralEvents.CheckInRecorded(referral, CASE, HOUSEHOLD,
                TEAM, "JEUGD",
                day, false, true, AT, "fatima")))
                .isEqualTo("Verwijzing jeugdhulp: overbruggingscontact op 3 december 2026: situatie niet veilig (taak"
                        + " voor de teamleider), overbruggingszorg nodig");
    }
}
