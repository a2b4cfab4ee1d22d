package nl.wijkregie.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wijkregie.casefile.domain.CareDomain;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.ClosingReason;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.waitinglist.ReferralEvents;

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

    /** Dates as people write them: "3 december 2026". */
    static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    static String statusChanged(CaseFileEvents.StatusChanged changed) {
        return statusChanged(changed, null);
    }

    /**
     * The status change, the reason given for it (a step back needs one) and, when the deadline moved, the new one
     * next to the old: "Status Evaluatie → Plan. Reden: …. Uiterlijk nu 3 januari 2027 (was 12 december 2026)".
     */
    static String statusChanged(CaseFileEvents.StatusChanged changed, String reason) {
        CaseStatus to = CaseStatus.valueOf(changed.to());
        if (to == CaseStatus.AFGESLOTEN) {
            return "Zaak afgesloten: " + ClosingReason.valueOf(changed.closingReason()).label();
        }
        StringBuilder line = new StringBuilder("Status " + CaseStatus.valueOf(changed.from()).label() + " → "
                + to.label());
        if (reason != null && !reason.isBlank()) {
            line.append(". Reden: ").append(reason.trim());
        }
        if (changed.dueOn() != null && !changed.dueOn().equals(changed.previousDueOn())) {
            line.append(". Uiterlijk nu ").append(date(changed.dueOn()));
            if (changed.previousDueOn() != null) {
                line.append(" (was ").append(date(changed.previousDueOn())).append(")");
            }
        }
        return line.toString();
    }

    static String date(LocalDate date) {
        return DUTCH_DATE.format(date);
    }

    static String domainsChanged(CaseFileEvents.DomainsChanged changed) {
        String domains = changed.domains().stream().map(CareDomain::valueOf).distinct().sorted()
                .map(CareDomain::label).collect(Collectors.joining(", "));
        return "Domeinen: " + (domains.isEmpty() ? "geen" : domains);
    }

    /** The regisseurs by display name ({@code names}: login name → display name), never by login name. */
    static String regisseurAssigned(CaseFileEvents.RegisseurAssigned assigned, Map<String, String> names) {
        return "Regisseur: " + orNone(names, assigned.previousRegisseurId()) + " → "
                + orNone(names, assigned.regisseurId());
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
        return joined.memberName() + " hoort sinds " + date(joined.joinedOn()) + " bij het huishouden";
    }

    static String memberLeft(HouseholdEvents.MemberLeft left) {
        return left.memberName() + " heeft het huishouden verlaten op " + date(left.leftOn());
    }

    /** The wijk by its name ({@code wijkName}); the CBS code is not for people. */
    static String moved(HouseholdEvents.Moved moved, String wijkName) {
        return "Verhuisd op " + date(moved.movedOn()) + (wijkName == null ? "" : " (wijk " + wijkName + ")");
    }

    private static String orNone(Map<String, String> names, String userId) {
        return userId == null ? "geen" : names.getOrDefault(userId, "onbekend");
    }

    // ---- referrals: "Verwijzing jeugdhulp: <step> op <date>"; codes rendered here, never shown raw ----

    static String referralCreated(ReferralEvents.ReferralCreated created) {
        return referral(created.domain()) + "behoefte vastgesteld op " + date(created.needEstablishedOn())
                + ("URGENT".equals(created.urgency()) ? " (spoed)" : "");
    }

    static String referralStep(ReferralEvents.StepRecorded recorded) {
        String what = switch (recorded.step()) {
            case "REQUEST_SENT" -> "aanvraag verstuurd op ";
            case "ALLOCATED" -> "toewijzing ontvangen op ";
            case "START_OFFERED" -> "start zorg aangeboden per ";
            case "CARE_STARTED" -> "zorg gestart op ";
            case "CARE_ENDED" -> "zorg beëindigd op ";
            case "NEED_ESTABLISHED" -> "behoefte vastgesteld op ";
            default -> "stap vastgelegd op ";
        };
        String message = switch (recorded.step()) {
            case "REQUEST_SENT" -> "315";
            case "ALLOCATED" -> "301";
            case "CARE_STARTED" -> "305";
            case "CARE_ENDED" -> "307";
            default -> null;
        };
        return referral(recorded.domain()) + what + date(recorded.on())
                + ("MESSAGE".equals(recorded.source()) && message != null ? " (bericht " + message + ")" : "");
    }

    static String referralPaused(ReferralEvents.Paused paused) {
        String reason = switch (paused.reason()) {
            case "RESIDENT_WISH" -> "op eigen verzoek van de inwoner";
            case "ADMISSION" -> "opname";
            case "DIAGNOSTICS_ELSEWHERE" -> "onderzoek elders";
            default -> "andere reden";
        };
        return referral(paused.domain()) + "wachten gepauzeerd vanaf " + date(paused.from()) + " (" + reason + ")";
    }

    static String referralResumed(ReferralEvents.Resumed resumed) {
        return referral(resumed.domain()) + "wachten hervat op " + date(resumed.on());
    }

    static String referralWithdrawn(ReferralEvents.ReferralWithdrawn withdrawn) {
        String reason = switch (withdrawn.reason()) {
            case "NO_LONGER_NEEDED" -> "niet meer nodig";
            case "OTHER_SOLUTION" -> "andere oplossing";
            case "RESIDENT_DECLINED" -> "inwoner ziet ervan af";
            case "MOVED" -> "verhuisd";
            default -> "andere reden";
        };
        return referral(withdrawn.domain()) + "ingetrokken op " + date(withdrawn.withdrawnOn()) + " (" + reason + ")";
    }

    static String referralNormBreached(ReferralEvents.NormBreached breached) {
        return referral(breached.domain()) + "wachttijdnorm van " + breached.normDays()
                + " dagen overschreden; taak voor de teamleider";
    }

    static String referralCheckIn(ReferralEvents.CheckInRecorded checkIn) {
        return referral(checkIn.domain()) + "overbruggingscontact op " + date(checkIn.heldOn()) + ": situatie "
                + (checkIn.safe() ? "veilig" : "niet veilig (taak voor de teamleider)") + ", overbruggingszorg "
                + (checkIn.interimSupportNeeded() ? "nodig" : "niet nodig");
    }

    private static String referral(String domain) {
        String label = domain == null ? null : switch (domain) {
            case "JEUGD" -> "jeugdhulp";
            case "WMO" -> "Wmo-ondersteuning";
            case "PARTICIPATIE" -> "participatie";
            case "SCHULDEN" -> "schuldhulp";
            default -> null;
        };
        return "Verwijzing" + (label == null ? ": " : " " + label + ": ");
    }
}
