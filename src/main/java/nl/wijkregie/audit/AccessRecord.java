package nl.wijkregie.audit;

import java.time.Instant;
import java.util.UUID;

/** One access-log entry as the privacy officer reads it: who, in which role, when, what, why, through what. */
public record AccessRecord(Instant occurredAt, String userId, String userRole, AccessAction action,
                           AccessPurpose purpose, SubjectType subjectType, UUID subjectId, String outcome,
                           String source) {
}
