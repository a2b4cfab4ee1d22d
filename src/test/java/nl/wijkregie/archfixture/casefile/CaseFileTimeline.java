package nl.wijkregie.archfixture.casefile;

import nl.wijkregie.archfixture.signal.SignalCaseEvents;

/** casefile → signal.SignalCaseEvents only: the documented exception, which the cycle rule must not report. */
public class CaseFileTimeline {

    public String line(SignalCaseEvents.Escalated event) {
        return "Signaal geëscaleerd " + event.signalCaseId();
    }
}
