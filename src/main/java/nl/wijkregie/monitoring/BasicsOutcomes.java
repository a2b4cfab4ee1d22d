package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import nl.wijkregie.basics.BasicsEvents;
import nl.wijkregie.monitoring.domain.Measures;

/**
 * Counts the basics' turns per dimension: to "niet op orde" (not already so), and back to "op orde" after it was.
 * Only turns are recorded, so a nightly re-check that finds the same does not count the household again.
 */
@ApplicationScoped
public class BasicsOutcomes {

    private static final List<String> STATES = List.of(Measures.BASICS_NOT_IN_ORDER, Measures.BASICS_RESTORED);

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void checked(@Observes BasicsEvents.BasicsChecked event) {
        event.outcomes().forEach((dimension, outcome) -> {
            Optional<String> state = recorder.latestOf(event.householdId(), dimension, STATES);
            boolean notInOrderBefore = state.filter(Measures.BASICS_NOT_IN_ORDER::equals).isPresent();
            if ("NOT_IN_ORDER".equals(outcome) && !notInOrderBefore) {
                recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.at(), Measures.BASICS_NOT_IN_ORDER,
                        dimension, null, 1));
            } else if ("IN_ORDER".equals(outcome) && notInOrderBefore) {
                recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.at(), Measures.BASICS_RESTORED,
                        dimension, null, 1));
            }
        });
    }
}
