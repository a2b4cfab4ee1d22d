package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import nl.wijkregie.assessment.AssessmentEvents;
import nl.wijkregie.monitoring.domain.Measures;

/**
 * Counts self-reliance scores per domain and, from the second score on, the change against the household's first
 * score in that domain: the "first to last" of the indicator is the change at the latest assessment.
 */
@ApplicationScoped
public class AssessmentOutcomes {

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void recorded(@Observes AssessmentEvents.AssessmentRecorded event) {
        for (AssessmentEvents.Score score : event.scores()) {
            Optional<Integer> first = recorder.firstValue(event.householdId(), Measures.SELF_RELIANCE_SCORE,
                    score.domain());
            recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.at(), Measures.SELF_RELIANCE_SCORE,
                    score.domain(), null, score.score()));
            first.ifPresent(value -> recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.at(),
                    Measures.SELF_RELIANCE_CHANGE, score.domain(), null, score.score() - value)));
        }
    }
}
