package nl.wijkregie.assessment;

import java.time.LocalDate;
import java.util.List;
import nl.wijkregie.assessment.domain.Assessment;

/**
 * A household's (or one member's) assessments in date order, with the day they were read on: whether a score is
 * outdated depends on that day, and the application clock decides it, not the browser's.
 */
public record AssessmentHistory(List<Assessment> assessments, LocalDate today) {
}
