package nl.wijkregie.workflow;

import java.util.List;

/** A page of the task list with the exact number of matching open tasks and the kinds of task one may filter on. */
public record TaskListPage(List<InboxItem> items, int page, int size, long totalItems, List<TaskKind> kinds) {
}
