package nl.wijkregie.monitoring;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing that happened, as a source observer hands it to {@link OutcomeRecorder}: whose it is (a household, or a
 * signal case when no household is known), when, the measure and its domain, category and value. The recorder turns
 * it into an anonymous row; nothing here is stored as it is.
 *
 * @param wijkCode for a signal case: the wijk of its address (null: the wijk its earlier facts were counted in)
 */
public record OutcomeFact(UUID householdId, UUID signalCaseId, String wijkCode, Instant at, String measure,
                          String domain, String category, int value) {

    public OutcomeFact {
        if ((householdId == null) == (signalCaseId == null)) {
            throw new IllegalArgumentException("a fact is of a household or of a signal case");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(measure, "measure");
    }

    public static OutcomeFact ofHousehold(UUID householdId, Instant at, String measure, String domain,
                                          String category, int value) {
        return new OutcomeFact(householdId, null, null, at, measure, domain, category, value);
    }

    public static OutcomeFact ofSignalCase(UUID signalCaseId, String wijkCode, Instant at, String measure,
                                           String category, int value) {
        return new OutcomeFact(null, signalCaseId, wijkCode, at, measure, null, category, value);
    }
}
