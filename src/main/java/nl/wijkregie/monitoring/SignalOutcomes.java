package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.wijkregie.monitoring.domain.Measures;
import nl.wijkregie.signal.SignalCaseEvents;

/**
 * Counts signal cases opened, reached and ended (with the DDAS end result and whether help was accepted). The unit
 * is the signal case (one address), counted in the wijk of its address whether or not a household is known.
 */
@ApplicationScoped
public class SignalOutcomes {

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void received(@Observes SignalCaseEvents.Intake event) {
        recorder.recordAll(event.opened().stream().filter(opened -> opened.wijkCode() != null)
                .map(opened -> OutcomeFact.ofSignalCase(opened.signalCaseId(), opened.wijkCode(), event.at(),
                        Measures.SIGNAL_CASE_OPENED, null, 1)).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void contact(@Observes SignalCaseEvents.ContactAttemptRecorded event) {
        if (event.reached()) {
            recorder.record(OutcomeFact.ofSignalCase(event.signalCaseId(), null, event.at(), Measures.SIGNAL_REACHED,
                    event.kind(), 1));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void endedAll(@Observes SignalCaseEvents.EndResultsRecorded event) {
        recorder.recordAll(event.results().stream().flatMap(ended -> facts(ended).stream()).toList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void ended(@Observes SignalCaseEvents.EndResultRecorded event) {
        recorder.recordAll(facts(event));
    }

    private static List<OutcomeFact> facts(SignalCaseEvents.EndResultRecorded event) {
        OutcomeFact ended = OutcomeFact.ofSignalCase(event.signalCaseId(), null, event.at(), Measures.SIGNAL_ENDED,
                event.endResult(), 1);
        return event.helpAccepted() ? List.of(ended, OutcomeFact.ofSignalCase(event.signalCaseId(), null, event.at(),
                Measures.SIGNAL_HELP_ACCEPTED, event.endResult(), 1)) : List.of(ended);
    }
}
