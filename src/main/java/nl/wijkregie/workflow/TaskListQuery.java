package nl.wijkregie.workflow;

import nl.wijkregie.shared.PageRequest;

/**
 * A page of the task list ("werkvoorraad"): the open tasks of the user's teams, or only those assigned to the user;
 * optionally of one kind (task key), about one subject (business key) or only those past their due date. Always sorted by urgency: due date first
 * (tasks without one last), then the oldest.
 */
public record TaskListQuery(Scope scope, String taskKey, String subjectId, boolean overdueOnly, PageRequest page) {

    public enum Scope { TEAM, MINE }
}
