package nl.wijkregie.waitinglist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happens to referrals, fired as CDI events inside the transaction of the change (ADR 0019), for the outcome
 * monitoring and the timeline. Ids, codes, dates and numbers only: never a name, a BSN or a reason in words. Codes:
 * domain JEUGD/WMO/PARTICIPATIE/SCHULDEN, product the iJw/iWmo category, source HAND/MESSAGE. {@code actorId} is the
 * user, or {@code "systeem"} for a message import or a timer.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    public record ReferralCreated(UUID referralId, UUID caseId, UUID householdId, UUID teamId, UUID memberId,
                                  String domain, String productCode, UUID providerId, String urgency,
                                  String wijkCode, LocalDate needEstablishedOn, Instant at, String actorId) {
    }

    /** The request was sent (315): the norm's clock runs from {@code requestSentOn}. */
    public record RequestSent(UUID referralId, UUID caseId, UUID teamId, String productCode, LocalDate requestSentOn,
                              int normDays, String source, Instant at, String actorId) {
    }

    /**
     * Care started (305): the waiting days counted against the norm (pauses left out), the days waited at the
     * resident's own wish and the other pauses apart, the norm and whether it was met.
     */
    public record CareStarted(UUID referralId, UUID caseId, UUID householdId, UUID teamId, String domain,
                              String productCode, UUID providerId, String wijkCode, LocalDate requestSentOn,
                              LocalDate careStartedOn, long waitingDays, long residentWishDays, long otherPauseDays,
                              Long allocationToStartDays, int normDays, boolean withinNorm, String source,
                              Instant at, String actorId) {
    }

    public record CareEnded(UUID referralId, UUID caseId, UUID teamId, String productCode, LocalDate careEndedOn,
                            String source, Instant at, String actorId) {
    }

    /** The referral was withdrawn while waiting; the reason is a code. */
    public record ReferralWithdrawn(UUID referralId, UUID caseId, UUID householdId, UUID teamId, String productCode,
                                    LocalDate withdrawnOn, String reason, long waitingDays, Instant at,
                                    String actorId, String domain) {
    }

    /** The norm passed while the household still waits: the team lead got a task. */
    public record NormBreached(UUID referralId, UUID caseId, UUID householdId,
                               UUID teamId, String productCode, int normDays,
                               Instant at, String domain) {
    }

    /**
     * A date on the chain was recorded or replaced (step: REQUEST_SENT, ALLOCATED, START_OFFERED, CARE_STARTED,
     * CARE_ENDED), by hand or from a message — the timeline's one event for every step after the need.
     */
    public record StepRecorded(UUID referralId, UUID caseId, UUID householdId,
                               UUID teamId, String domain, String step, LocalDate on,
                               String source, Instant at, String actorId) {
    }

    /**
     * The steps a chunk of the message import recorded, in the order it applied them: one event per chunk instead of
     * one per step, so their timeline lines go to the database in one batch (ADR 0030). Recorded by hand a step
     * still fires its own {@link StepRecorded}.
     */
    public record StepsRecorded(List<StepRecorded> steps) {
        public StepsRecorded {
            steps = List.copyOf(steps);
        }
    }

    /** The starts of care a chunk of the message import recorded: their monitoring facts are recorded together. */
    public record CaresStarted(List<CareStarted> started) {
        public CaresStarted {
            started = List.copyOf(started);
        }
    }

    /** The waiting was paused (reason: RESIDENT_WISH, ADMISSION, DIAGNOSTICS_ELSEWHERE, OTHER). */
    public record Paused(UUID referralId, UUID caseId, UUID householdId,
                         UUID teamId, String domain, LocalDate from, String reason,
                         Instant at, String actorId) {
    }

    public record Resumed(UUID referralId, UUID caseId, UUID householdId,
                          UUID teamId, String domain, LocalDate on, Instant at,
                          String actorId) {
    }

    /** A bridging check-in while waiting: its two answers, no text. */
    public record CheckInRecorded(UUID referralId, UUID caseId, UUID householdId,
                                  UUID teamId, String domain, LocalDate heldOn,
                                  boolean safe, boolean interimSupportNeeded, Instant at, String actorId) {
    }
}
