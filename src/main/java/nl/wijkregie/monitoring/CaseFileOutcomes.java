package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.wijkregie.casefile.CaseFileEvents;
import nl.wijkregie.monitoring.domain.Measures;

/** Counts cases opened and closed (with the closing reason) from the case file's events. */
@ApplicationScoped
public class CaseFileOutcomes {

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void opened(@Observes CaseFileEvents.CaseOpened event) {
        recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.openedAt(), Measures.CASE_OPENED, null,
                null, 1));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void closed(@Observes CaseFileEvents.CaseClosed event) {
        recorder.record(OutcomeFact.ofHousehold(event.householdId(), event.closedAt(), Measures.CASE_CLOSED, null,
                event.closingReason(), 1));
    }
}
