package nl.wijkregie.audit;

/** Whose data was accessed. */
public enum SubjectType {
    HOUSEHOLD, MEMBER, CASE, SIGNAL_CASE, SIGNAL_BATCH
}
