package nl.wijkregie.audit;

import java.util.UUID;

/** One person's or household's data touched by a request, with the team that owns it (null if none). */
public record AccessedSubject(SubjectType type, UUID id, UUID teamId) {
}
