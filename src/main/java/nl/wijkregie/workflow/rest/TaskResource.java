package nl.wijkregie.workflow.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.wijkregie.security.Roles;
import nl.wijkregie.workflow.TaskInbox;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The team task inbox (werkvoorraad). */
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
    @Operation(summary = "Open tasks of the teams the user works in, newest first")
    @APIResponse(responseCode = "200", description = "The open tasks")
    public List<TaskDto> openTasks() {
        return mapper.toDtos(inbox.openTasks());
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
