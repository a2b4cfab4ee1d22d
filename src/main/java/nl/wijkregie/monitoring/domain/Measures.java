package nl.wijkregie.monitoring.domain;

/**
 * The names of what the outcome store counts. A source module's observer records facts under these names; an
 * indicator counts households by them. Plan and waiting-list measures are named here so the indicators that need
 * them exist already; their observers come with those modules.
 */
public final class Measures {

    public static final String CASE_OPENED = "CASE_OPENED";
    /** Category: the closing reason. */
    public static final String CASE_CLOSED = "CASE_CLOSED";
    /** Domain: the basics dimension found NOT_IN_ORDER. */
    public static final String BASICS_NOT_IN_ORDER = "BASICS_NOT_IN_ORDER";
    /** Domain: a dimension found IN_ORDER after the household had it NOT_IN_ORDER earlier. */
    public static final String BASICS_RESTORED = "BASICS_RESTORED";
    /** Domain: the self-reliance domain; value: the score (1-5). */
    public static final String SELF_RELIANCE_SCORE = "SELF_RELIANCE_SCORE";
    /** Domain: the self-reliance domain; value: this score minus the household's first score in that domain. */
    public static final String SELF_RELIANCE_CHANGE = "SELF_RELIANCE_CHANGE";
    public static final String SIGNAL_CASE_OPENED = "SIGNAL_CASE_OPENED";
    /** A contact attempt reached the household. */
    public static final String SIGNAL_REACHED = "SIGNAL_REACHED";
    /** Category: the DDAS end result. */
    public static final String SIGNAL_ENDED = "SIGNAL_ENDED";
    public static final String SIGNAL_HELP_ACCEPTED = "SIGNAL_HELP_ACCEPTED";
    /** Plan module (issue 16): a goal was evaluated; a goal was reached. */
    public static final String PLAN_GOAL_EVALUATED = "PLAN_GOAL_EVALUATED";
    public static final String PLAN_GOAL_REACHED = "PLAN_GOAL_REACHED";
    /** Waiting-list module (issue 17): help started after a referral; value: waiting days; within the norm. */
    public static final String REFERRAL_STARTED = "REFERRAL_STARTED";
    public static final String REFERRAL_WITHIN_NORM = "REFERRAL_WITHIN_NORM";

    private Measures() {
    }
}
