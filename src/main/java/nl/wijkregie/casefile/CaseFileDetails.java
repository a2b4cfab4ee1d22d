package nl.wijkregie.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.casefile.domain.CaseFile;
import nl.wijkregie.casefile.domain.CaseStatus;
import nl.wijkregie.household.HouseholdView;

/**
 * A case with the household it is about, as the case page shows it: what each allowed status change would do to the
 * deadline (so the confirmation can say so), the people involved by display name, and the signal cases that reached
 * the household.
 */
public record CaseFileDetails(CaseFile caseFile, HouseholdView household, boolean overdue,
                              List<TransitionOption> transitions, Map<String, String> names,
                              List<SignalCaseLink> signalCases) {

    /** A status the case may move to now, whether that is a step back (reason needed) and the deadline it gets. */
    public record TransitionOption(CaseStatus to, boolean backStep, LocalDate dueOn) {
    }

    /** A signal case that reached the household, with when its first signal came in. */
    public record SignalCaseLink(UUID signalCaseId, Instant receivedAt) {
    }
}
