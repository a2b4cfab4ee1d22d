package nl.wijkregie.audit;

/**
 * Whose data was accessed (a signal partner is an organisation, logged because its account gets access; an outcome
 * release holds no personal data, logged because every release and download must be accountable).
 */
public enum SubjectType {
    HOUSEHOLD, MEMBER, CASE, SIGNAL_CASE, SIGNAL_BATCH, SIGNAL_PARTNER, OUTCOME_RELEASE
}
