package nl.wijkregie.audit;

/** Whose data was accessed (a signal partner is an organisation, logged because its account gets access). */
public enum SubjectType {
    HOUSEHOLD, MEMBER, CASE, SIGNAL_CASE, SIGNAL_BATCH, SIGNAL_PARTNER
}
