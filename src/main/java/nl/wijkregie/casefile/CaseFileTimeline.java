package nl.wijkregie.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.casefile.domain.Consent;
import nl.wijkregie.casefile.domain.TimelineEvent;
import nl.wijkregie.casefile.persistence.CaseFileRepository;
import nl.wijkregie.casefile.persistence.ConsentRepository;
import nl.wijkregie.casefile.persistence.TimelineRepository;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.HouseholdEvents;
import nl.wijkregie.household.HouseholdId;
import nl.wijkregie.household.HouseholdService;
import nl.wijkregie.household.HouseholdView;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.Roles;
import nl.wijkregie.signal.SignalCaseEvents;
import nl.wijkregie.waitinglist.ReferralEvents;

/**
 * Keeps the case file in step with what happens elsewhere, inside the same transaction: a registered household gets
 * its case (AANGEMELD), a planned intake moves a new case on to INTAKE, and the typed events of the household, the
 * case file and the signals become lines on the household's timeline — this observer renders their Dutch sentence
 * ({@link TimelineSentences}); the events themselves carry only ids and codes.
 */
@ApplicationScoped
public class CaseFileTimeline {

    /** The source module of lines derived from signal cases: erased with them at the end of their retention. */
    static final String SIGNAL_SOURCE = "signal";

    /** The source module of lines derived from referrals. */
    static final String REFERRAL_SOURCE = "waitinglist";

    /** The actor of a line the norm's timer wrote (shown as "Wijkregie"). */
    private static final String REFERRAL_SYSTEM = "systeem";

    @Inject
    CaseFileRepository cases;

    @Inject
    TimelineRepository timeline;

    @Inject
    ConsentRepository consents;

    @Inject
    CaseFileService caseFiles;

    @Inject
    HouseholdService households;

    @Inject
    AreaCatalogue areas;

    @Inject
    CurrentUser currentUser;

    /** An aanmelding: the professional who registers the household becomes its regisseur; a team lead assigns one. */
    void onRegistered(@Observes HouseholdEvents.Registered registered) {
        String regisseur = Roles.PROFESSIONAL.equals(currentUser.actingRole()) ? registered.actorId() : null;
        caseFiles.openCase(registered.householdId(), registered.teamId(), registered.actorId(), regisseur);
    }

    /** The intake task was done in the inbox: the new case moves on to INTAKE as the team agreed. */
    void onIntakePlanned(@Observes HouseholdEvents.IntakePlanned planned) {
        cases.openCaseOf(planned.householdId()).filter(c -> c.getStatus() == CaseStatus.AANGEMELD)
                .ifPresent(c -> caseFiles.transition(c.getId(), c.getVersion(), CaseStatus.INTAKE, null, null, null));
    }

    void onMemberJoined(@Observes HouseholdEvents.MemberJoined joined) {
        add(joined.householdId(), joined.at(), "MEMBER_JOINED", TimelineSentences.memberJoined(joined),
                joined.actorId(), "household", joined.memberId(), false);
    }

    void onMemberLeft(@Observes HouseholdEvents.MemberLeft left) {
        add(left.householdId(), left.at(), "MEMBER_LEFT", TimelineSentences.memberLeft(left), left.actorId(),
                "household", left.memberId(), false);
    }

    void onMoved(@Observes HouseholdEvents.Moved moved) {
        add(moved.householdId(), moved.at(), "MOVED", TimelineSentences.moved(moved,
                areas.wijkName(moved.wijkCode()).orElse(null)), moved.actorId(), "household", null, false);
    }

    void onCaseOpened(@Observes CaseFileEvents.CaseOpened opened) {
        add(opened.householdId(), opened.openedAt(), "CASE_OPENED", TimelineSentences.caseOpened(opened),
                opened.actorId(), CaseFileService.MODULE, opened.caseId(), false);
    }

    void onStatusChanged(@Observes CaseFileEvents.StatusChanged changed) {
        String reason = cases.find(changed.caseId()).map(c -> c.getStatusReason()).orElse(null);
        add(changed.householdId(), changed.at(), "STATUS_CHANGED", TimelineSentences.statusChanged(changed, reason),
                changed.actorId(), CaseFileService.MODULE, changed.caseId(), false);
    }

    void onDomainsChanged(@Observes CaseFileEvents.DomainsChanged changed) {
        add(changed.householdId(), changed.at(), "DOMAINS_CHANGED", TimelineSentences.domainsChanged(changed),
                changed.actorId(), CaseFileService.MODULE, changed.caseId(), false);
    }

    void onRegisseurAssigned(@Observes CaseFileEvents.RegisseurAssigned assigned) {
        Map<String, String> names = caseFiles.namesOf(java.util.Arrays.asList(assigned.previousRegisseurId(),
                assigned.regisseurId()));
        add(assigned.householdId(), assigned.at(), "REASSIGNED", TimelineSentences.regisseurAssigned(assigned, names),
                assigned.actorId(), CaseFileService.MODULE, assigned.caseId(), false);
    }

    /** A confidential note gives a confidential line: shown only to its actor and the regisseur. */
    void onJournalEntryAdded(@Observes CaseFileEvents.JournalEntryAdded added) {
        add(added.householdId(), added.at(), "NOTE_ADDED", TimelineSentences.journalEntryAdded(added),
                added.actorId(), CaseFileService.MODULE, added.entryId(), added.confidential());
    }

    void onConsentRecorded(@Observes CaseFileEvents.ConsentRecorded recorded) {
        HouseholdView household = households.viewInScope(new HouseholdId(recorded.householdId()));
        String firstName = household.members().stream().filter(m -> m.id().equals(recorded.memberId()))
                .map(HouseholdView.MemberView::firstName).findFirst().orElse("?");
        add(recorded.householdId(), recorded.at(), "CONSENT_RECORDED",
                TimelineSentences.consentRecorded(recorded, firstName, recipientOf(recorded.consentId())),
                recorded.actorId(), CaseFileService.MODULE, recorded.consentId(), false);
    }

    void onConsentWithdrawn(@Observes CaseFileEvents.ConsentWithdrawn withdrawn) {
        add(withdrawn.householdId(), withdrawn.at(), "CONSENT_WITHDRAWN",
                TimelineSentences.consentWithdrawn(withdrawn, recipientOf(withdrawn.consentId())),
                withdrawn.actorId(), CaseFileService.MODULE, withdrawn.consentId(), false);
    }

    /** The line names the signal case it came from, so it is erased with that case's data. */
    void onDebtHelpStarted(@Observes CaseFileEvents.DebtHelpStarted started) {
        add(started.householdId(), started.at(), "DEBT_HELP_STARTED", TimelineSentences.debtHelpStarted(started),
                started.actorId(), started.sourceModule(), started.sourceId(), false);
    }

    /**
     * One line per signal case of a matched household that received signals, written with one lookup of the open
     * cases of all those households: an import chunk touches thousands.
     */
    void onSignalIntake(@Observes SignalCaseEvents.Intake intake) {
        record Received(UUID householdId, UUID signalCaseId, int signals, List<String> creditorTypes) {
        }
        List<Received> lines = Stream.concat(
                intake.opened().stream().map(o -> new Received(o.householdId(), o.signalCaseId(), o.signals(),
                        o.creditorTypes())),
                intake.stacked().stream().map(s -> new Received(s.householdId(), s.signalCaseId(), s.signals(),
                        s.creditorTypes())))
                .filter(r -> r.householdId() != null).toList();
        if (lines.isEmpty()) {
            return;
        }
        Map<UUID, OpenCaseRef> open = cases.openCasesOf(lines.stream().map(Received::householdId)
                .collect(Collectors.toSet()));
        for (Received line : lines) {
            OpenCaseRef caseFile = open.get(line.householdId());
            timeline.add(new TimelineEvent(line.householdId(), caseFile == null ? null : caseFile.caseId().value(),
                    intake.at(), "SIGNAL_RECEIVED", TimelineSentences.signalsReceived(line.signals(),
                    line.creditorTypes()), intake.actorId(), SIGNAL_SOURCE, line.signalCaseId(), false));
        }
    }

    /** The lines derived from signal cases that were erased go with them. */
    void onSignalCasesErased(@Observes SignalCaseEvents.SignalCasesErased erased) {
        timeline.deleteDerivedFrom(SIGNAL_SOURCE, erased.signalCaseIds());
    }

    // ---- referrals (the waiting list module's events: its vocabulary only, as with the signals) ----

    void onReferralCreated(@Observes ReferralEvents.ReferralCreated created) {
        addForCase(created.caseId(), created.householdId(), created.at(), "REFERRAL_CREATED",
                TimelineSentences.referralCreated(created), created.actorId(), created.referralId());
    }

    void onReferralStep(@Observes ReferralEvents.StepRecorded recorded) {
        addForCase(recorded.caseId(), recorded.householdId(), recorded.at(), "REFERRAL_STEP",
                TimelineSentences.referralStep(recorded), recorded.actorId(), recorded.referralId());
    }

    /** A message import chunk's steps: their lines in one batch, in the order the steps were applied. */
    void onReferralSteps(@Observes ReferralEvents.StepsRecorded recorded) {
        timeline.addAll(recorded.steps().stream().map(step -> new TimelineEvent(step.householdId(), step.caseId(),
                step.at(), "REFERRAL_STEP", TimelineSentences.referralStep(step), step.actorId(), REFERRAL_SOURCE,
                step.referralId(), false)).toList());
    }

    void onReferralPaused(@Observes ReferralEvents.Paused paused) {
        addForCase(paused.caseId(), paused.householdId(), paused.at(), "REFERRAL_PAUSED",
                TimelineSentences.referralPaused(paused), paused.actorId(), paused.referralId());
    }

    void onReferralResumed(@Observes ReferralEvents.Resumed resumed) {
        addForCase(resumed.caseId(), resumed.householdId(), resumed.at(), "REFERRAL_RESUMED",
                TimelineSentences.referralResumed(resumed), resumed.actorId(), resumed.referralId());
    }

    void onReferralWithdrawn(@Observes ReferralEvents.ReferralWithdrawn withdrawn) {
        addForCase(withdrawn.caseId(), withdrawn.householdId(), withdrawn.at(), "REFERRAL_WITHDRAWN",
                TimelineSentences.referralWithdrawn(withdrawn), withdrawn.actorId(), withdrawn.referralId());
    }

    void onReferralNormBreached(@Observes ReferralEvents.NormBreached breached) {
        addForCase(breached.caseId(), breached.householdId(), breached.at(), "REFERRAL_NORM_BREACHED",
                TimelineSentences.referralNormBreached(breached), REFERRAL_SYSTEM, breached.referralId());
    }

    void onReferralCheckIn(@Observes ReferralEvents.CheckInRecorded checkIn) {
        addForCase(checkIn.caseId(), checkIn.householdId(), checkIn.at(), "REFERRAL_CHECK_IN",
                TimelineSentences.referralCheckIn(checkIn), checkIn.actorId(), checkIn.referralId());
    }

    /** A referral's line goes on the timeline of its case's household. */
    private void addForCase(UUID caseId, UUID householdId, Instant at, String kind, String summary, String actorId,
                            UUID referralId) {
        timeline.add(new TimelineEvent(householdId, caseId, at, kind, summary, actorId, REFERRAL_SOURCE, referralId,
                false));
    }

    private String recipientOf(UUID consentId) {
        return consents.find(consentId).map(Consent::getRecipient).orElse("?");
    }

    /** A line on the timeline of the household, linked to its open case if it has one. */
    private void add(UUID householdId, Instant at, String kind, String summary, String actorId, String sourceModule,
                     UUID sourceId, boolean confidential) {
        UUID caseId = cases.openCaseOf(householdId).map(c -> c.getId()).orElse(null);
        timeline.add(new TimelineEvent(householdId, caseId, at, kind, summary, actorId, sourceModule, sourceId,
                confidential));
    }
}
