package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import nl.wijkregie.monitoring.domain.Measures;
import nl.wijkregie.waitinglist.ReferralEvents;

/**
 * Counts help that started after a referral: the days waited against the norm (pauses and the resident's own wish
 * left out, as the waiting list counts them) under the referral's domain with its product as category, and — only
 * when it was met — that the norm was met (the indicator counts households with such a fact). Which provider, and who, stay in the waiting list.
 */
@ApplicationScoped
public class ReferralOutcomes {

    @Inject
    OutcomeRecorder recorder;

    @Transactional(Transactional.TxType.MANDATORY)
    void careStarted(@Observes ReferralEvents.CareStarted event) {
        recorder.recordAll(facts(event));
    }

    /** A message import chunk's starts: all their facts in one go (one lookup of the households, one insert). */
    @Transactional(Transactional.TxType.MANDATORY)
    void caresStarted(@Observes ReferralEvents.CaresStarted event) {
        recorder.recordAll(event.started().stream().flatMap(started -> facts(started).stream()).toList());
    }

    private static List<OutcomeFact> facts(ReferralEvents.CareStarted event) {
        String domain = event.domain().toUpperCase(Locale.ROOT);
        int waited = (int) Math.min(Integer.MAX_VALUE, event.waitingDays());
        OutcomeFact started = OutcomeFact.ofHousehold(event.householdId(), event.at(), Measures.REFERRAL_STARTED,
                domain, event.productCode(), waited);
        return !event.withinNorm() ? List.of(started) : List.of(started, OutcomeFact.ofHousehold(
                event.householdId(), event.at(), Measures.REFERRAL_WITHIN_NORM, domain, event.productCode(), 1));
    }
}
