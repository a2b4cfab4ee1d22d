package nl.wijkregie.signal;

import java.util.Map;
import java.util.UUID;
import nl.wijkregie.signal.domain.SignalCase;

/**
 * A signal case as its page shows it: the aggregate, the label of the linked household and of each candidate, and the
 * working days left until the contact deadline (negative when overdue).
 */
public record SignalCaseDetails(SignalCase signalCase, String householdLabel, Map<UUID, String> candidateLabels,
                                Integer workingDaysLeft) {
}
