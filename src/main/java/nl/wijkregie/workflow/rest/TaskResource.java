package nl.wijkregie.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.PageRequest;
import nl.wijkregie.workflow.TaskInbox;
import nl.wijkregie.workflow.TaskListQuery;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The task list (werkvoorraad): the engine's open tasks as the user's teams see them. */
@Path("/v1/tasks")
@RequestScoped
@Tag(name = "Taken")
@RolesAllowed({Roles.PROFESSIONAL, Roles.TEAMLEAD})
public class TaskResource {

    @Inject
    TaskInbox inbox;

    @Inject
    TaskMapper mapper;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open tasks of the user's teams, most urgent first",
            description = "Sorted by due date (tasks without one last), then the oldest. `scope=mine` keeps the tasks "
                    + "assigned to the user, `kind` one task key (see `kinds`), `subject` the tasks about one household, case or signal case, `overdue=true` those past their due "
                    + "date. `totalItems` is exact. The subjects shown are access-logged.")
    @APIResponse(responseCode = "200", description = "A page of open tasks")
    public TaskDto.TaskPageDto openTasks(
            @QueryParam("scope") @DefaultValue("team") @Pattern(regexp = "^(mine|team)$",
                    message = "Kies mine of team") String scope,
            @QueryParam("kind") @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_-]{0,63}$", message = "Onbekende soort taak")
            String kind,
            @QueryParam("subject") @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                    + "[0-9a-fA-F]{12}$", message = "Onbekend onderwerp") String subject,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = "Pagina is 0 of meer") int page,
            @QueryParam("size") @DefaultValue("25") @Min(value = 1, message = "Paginagrootte is minstens 1")
            @Max(value = PageRequest.MAX_SIZE, message = "Paginagrootte is hooguit " + PageRequest.MAX_SIZE)
            int size) {
        return mapper.toDto(inbox.openTasks(new TaskListQuery(
                TaskListQuery.Scope.valueOf(scope.toUpperCase(Locale.ROOT)), kind, subject == null ? null : subject.toLowerCase(Locale.ROOT), overdue,
                new PageRequest(page, size))));
    }

    @POST
    @Path("/{id}/complete")
    @Operation(summary = "Complete an open task of one of the user's teams")
    @APIResponse(responseCode = "204", description = "Completed")
    @APIResponse(responseCode = "404", description = "No such open task for the user's teams")
    public void complete(@PathParam("id") String taskId) {
        inbox.complete(taskId);
    }
}
