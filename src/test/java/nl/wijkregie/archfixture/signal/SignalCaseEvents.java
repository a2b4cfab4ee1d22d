package nl.wijkregie.archfixture.signal;

import java.util.UUID;

/** As the real holder: the case file's timeline observes it (the documented back-edge, ADR 0019). */
public final class SignalCaseEvents {

    public record Escalated(UUID signalCaseId) {
    }

    private SignalCaseEvents() {
    }
}
