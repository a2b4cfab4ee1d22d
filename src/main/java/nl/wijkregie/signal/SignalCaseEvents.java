package nl.wijkregie.signal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * What happens to signal cases, as typed facts fired as CDI events inside the transaction of the change. The case
 * file's timeline renders some of them as a line on the household's timeline; the outcome monitoring counts them.
 * Events carry ids and codes (enum names; partner types by their DDAS name), never names, addresses, amounts or free
 * text. {@code actorId} is the user who made the change ({@code null} or {@code "system"} when the system did).
 */
public final class SignalCaseEvents {

    private SignalCaseEvents() {
    }

    /**
     * What one intake did — a single signal, or one chunk of an import — fired once, after triage: an import of
     * 100,000 rows fires one event per chunk, not one per row, and its observers work set-based.
     */
    public record Intake(Instant at, String actorId, List<SignalCaseOpened> opened, List<SignalsStacked> stacked) {
    }

    /**
     * A new signal case was opened for an address. {@code householdId} is set when the signals matched a known
     * household with certainty; {@code creditorTypes} are the DDAS partner types of its signals, each once.
     */
    public record SignalCaseOpened(UUID signalCaseId, UUID teamId, String wijkCode, UUID householdId,
                                   List<String> creditorTypes, int signals, String priority) {
    }

    /** Signals were stacked on a signal case that was already open (the priority is that of the new triage). */
    public record SignalsStacked(UUID signalCaseId, UUID teamId, UUID householdId, List<String> creditorTypes,
                                 int signals, String priority) {
    }

    public record ContactAttemptRecorded(UUID signalCaseId, UUID teamId, String kind, boolean reached,
                                         LocalDate attemptedOn, Instant at, String actorId) {
    }

    /** The signal case was closed with a DDAS end result (by a professional, or by triage: not picked up). */
    public record EndResultRecorded(UUID signalCaseId, UUID teamId, UUID householdId, String endResult,
                                    boolean helpAccepted, Instant at, String actorId) {
    }

    /**
     * Cases closed in one go: the cases of an intake that triage did not pick up, closed by their processes as they
     * started. One event for all, so that what the other modules derive (the household's basics re-checked, the
     * outcome counted) is done once for the set and not once per case, each after writing all that came before.
     */
    public record EndResultsRecorded(List<EndResultRecorded> results) {
    }

    /** A professional linked the signal case to a known household (a candidate, or one registered or found). */
    public record SignalMatchedToHousehold(UUID signalCaseId, UUID teamId, UUID householdId, Instant at,
                                           String actorId) {
    }

    /** The contact deadline passed without an end result (fired once per case, by the process timer). */
    public record Escalated(UUID signalCaseId, UUID teamId, Instant at) {
    }

    /**
     * Signal cases were erased at the end of their retention: whatever was derived from them (timeline lines) goes
     * with them, in the same transaction.
     */
    public record SignalCasesErased(Collection<UUID> signalCaseIds) {
    }
}
