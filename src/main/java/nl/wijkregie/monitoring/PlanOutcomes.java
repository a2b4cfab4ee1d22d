package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.wijkregie.monitoring.domain.Measures;
import nl.wijkregie.plan.PlanEvents;
import nl.wijkregie.shared.ClockProducer;

/**
 * Counts the eigen regie plan's goals at each evaluation: every evaluated goal (category: its result BEREIKT, DEELS,
 * NIET or VERVALLEN; domain: the assessment domain it points at, if any), and the goals reached apart. The goal's text
 * and the household's answers stay in the plan.
 */
@ApplicationScoped
public class PlanOutcomes {

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void goalEvaluated(@Observes PlanEvents.GoalEvaluated event) {
        Instant at = event.evaluatedOn().atStartOfDay(ClockProducer.ZONE).toInstant();
        List<OutcomeFact> facts = new ArrayList<>();
        facts.add(OutcomeFact.ofHousehold(event.householdId(), at, Measures.PLAN_GOAL_EVALUATED, event.domain(),
                event.result(), 1));
        if ("BEREIKT".equals(event.result())) {
            facts.add(OutcomeFact.ofHousehold(event.householdId(), at, Measures.PLAN_GOAL_REACHED, event.domain(),
                    null, 1));
        }
        recorder.recordAll(facts);
    }
}
