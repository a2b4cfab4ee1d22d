package nl.wijkregie.waitinglist.domain;

import java.util.Arrays;
import java.util.Optional;

/** The chain of a referral, with the iJw/iWmo message that reports a step (null: no message for it). */
public enum Step {
    NEED_ESTABLISHED(null),
    REQUEST_SENT("315"),
    ALLOCATED("301"),
    START_OFFERED(null),
    CARE_STARTED("305"),
    CARE_ENDED("307");

    private final String message;

    Step(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    public static Optional<Step> ofMessage(String code) {
        return Arrays.stream(values()).filter(s -> s.message != null && s.message.equals(code)).findFirst();
    }
}
