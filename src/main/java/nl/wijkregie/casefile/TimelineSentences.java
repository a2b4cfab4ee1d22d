package nl.wijkregie.casefile;

import java.util.List;
import java.util.stream.Collectors;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.ClosingReason;
import nl.wijkregie.household.HouseholdEvents;

/**
 * The timeline's Dutch rendering of typed events: pure functions, so the wording is tested without a server. A
 * sentence is stored once and shown to everyone with access to the case, so none may contain confidential content.
 * What an event does not carry (a first name, a consent's recipient) the observer reads and passes in.
 */
final class TimelineSentences {

    private TimelineSentences() {
    }

    static String caseOpened(CaseFileEvents.CaseOpened opened) {
        return "Zaak aangemeld";
    }

    static String statusChanged(CaseFileEvents.StatusChanged changed) {
        CaseStatus to = CaseStatus.valueOf(changed.to());
        return to == CaseStatus.AFGESLOTEN ? "Zaak afgesloten: " + ClosingReason.valueOf(changed.closingReason()).label()
                : "Status " + CaseStatus.valueOf(changed.from()).label() + " → " + to.label();
    }

    static String domainsChanged(CaseFileEvents.DomainsChanged changed) {
        String domains = changed.domains().stream().map(CareDomain::valueOf).distinct().sorted()
                .map(CareDomain::label).collect(Collectors.joining(", "));
        return "Domeinen: " + (domains.isEmpty() ? "geen" : domains);
    }

    static String regisseurAssigned(CaseFileEvents.RegisseurAssigned assigned) {
        return "Regisseur: " + orNone(assigned.previousRegisseurId()) + " → " + orNone(assigned.regisseurId());
    }

    static String journalEntryAdded(CaseFileEvents.JournalEntryAdded added) {
        return (added.confidential() ? "Vertrouwelijke notitie" : "Notitie") + " toegevoegd"
                + (added.domain() == null ? "" : " (" + CareDomain.valueOf(added.domain()).label() + ")");
    }

    static String consentRecorded(CaseFileEvents.ConsentRecorded recorded, String memberFirstName,
                                  String recipient) {
        return ("GIVEN".equals(recorded.decision()) ? "Toestemming" : "Bezwaar") + " van " + memberFirstName
                + " voor delen met " + recipient;
    }

    static String consentWithdrawn(CaseFileEvents.ConsentWithdrawn withdrawn, String recipient) {
        return "Toestemming voor delen met " + recipient + " ingetrokken";
    }

    static String debtHelpStarted(CaseFileEvents.DebtHelpStarted started) {
        return "Schuldhulp gestart na vroegsignalering";
    }

    /** Signals that reached one signal case in one intake, by the DDAS names of their partner types. */
    static String signalsReceived(int signals, List<String> partnerTypes) {
        return (signals == 1 ? "Vroegsignaal ontvangen: " : "Vroegsignalen ontvangen: ")
                + partnerTypes.stream().distinct().collect(Collectors.joining(", "));
    }

    static String memberJoined(HouseholdEvents.MemberJoined joined) {
        return joined.memberName() + " hoort sinds " + joined.joinedOn() + " bij het huishouden";
    }

    static String memberLeft(HouseholdEvents.MemberLeft left) {
        return left.memberName() + " heeft het huishouden verlaten op " + left.leftOn();
    }

    static String moved(HouseholdEvents.Moved moved) {
        return "Verhuisd op " + moved.movedOn() + " (wijk " + moved.wijkCode() + ")";
    }

    private static String orNone(String userId) {
        return userId == null ? "geen" : userId;
    }
}
