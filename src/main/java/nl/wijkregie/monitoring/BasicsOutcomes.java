package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /**
     * All cases of one check at once (an import chunk re-checks a thousand households): the states read in one query,
     * the turns written in one insert. Each turn also becomes the state the next check of the same household in
     * the set reads, as when they were handled one by one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void checked(@Observes BasicsEvents.CasesChecked event) {
        Map<UUID, Map<String, String>> states = new HashMap<>(recorder.latestOfAll(event.checks().stream()
                .map(BasicsEvents.BasicsChecked::householdId).collect(Collectors.toSet()), STATES));
        List<OutcomeFact> turns = new ArrayList<>();
        for (BasicsEvents.BasicsChecked check : event.checks()) {
            Map<String, String> state = states.computeIfAbsent(check.householdId(), id -> new HashMap<>());
            check.outcomes().forEach((dimension, outcome) -> {
                boolean notInOrderBefore = Measures.BASICS_NOT_IN_ORDER.equals(state.get(dimension));
                if ("NOT_IN_ORDER".equals(outcome) && !notInOrderBefore) {
                    turns.add(OutcomeFact.ofHousehold(check.householdId(), check.at(), Measures.BASICS_NOT_IN_ORDER,
                            dimension, null, 1));
                    state.put(dimension, Measures.BASICS_NOT_IN_ORDER);
                } else if ("IN_ORDER".equals(outcome) && notInOrderBefore) {
                    turns.add(OutcomeFact.ofHousehold(check.householdId(), check.at(), Measures.BASICS_RESTORED,
                            dimension, null, 1));
                    state.put(dimension, Measures.BASICS_RESTORED);
                }
            });
        }
        recorder.recordAll(turns);
    }
}
