package nl.wijkregie.signal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wijkregie.signal.domain.MatchCandidate;
import nl.wijkregie.signal.domain.MatchStatus;
import nl.wijkregie.signal.domain.SignalCase;

/**
 * A signal case as its page shows it: the aggregate, the label of the linked household, the candidates the viewer may
 * see with their labels, the match status as the viewer sees it (UNKNOWN when no candidate is left to see: another
 * team's household is neither shown nor counted), the working days left until the contact deadline, and whether the
 * case is overdue today (SignalCase's rule, the same the inbox applies).
 */
public record SignalCaseDetails(SignalCase signalCase, String householdLabel, List<MatchCandidate> candidates,
                                Map<UUID, String> candidateLabels, MatchStatus matchStatus, Integer workingDaysLeft,
                                boolean overdue) {
}
