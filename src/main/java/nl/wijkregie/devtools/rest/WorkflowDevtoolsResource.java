package nl.wijkregie.devtools.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.Devtools;
import nl.wijkregie.workflow.Workflow;
import nl.wijkregie.workflow.EngineBenchmark;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Devtools only: where a process instance stands (for tests that drive every path of a BPMN), the baseline of the
 * import benchmark — bare starts of the early-signalling process, removed again afterwards (not timed) — and a
 * history cleanup run outside its nightly window.
 */
@Path("/v1/workflow")
@RequestScoped
@Tag(name = "Devtools")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowDevtoolsResource {

    @Inject
    EngineBenchmark benchmark;

    @Inject
    Devtools devtools;

    @Inject
    Workflow workflow;

    /** Where a process instance is waiting, which activities it went through, and when its tasks and timers are due. */
    public record InstancePathDto(List<String> active, List<String> finished, Map<String, Instant> due) {
    }

    @GET
    @Path("instances/{processKey}/{businessKey}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: the active and finished activities of the (latest) instance with this key")
    public InstancePathDto instance(@PathParam("processKey") String processKey,
                                    @PathParam("businessKey") String businessKey) {
        devtools.requireEnabled();
        return new InstancePathDto(workflow.activeActivities(processKey, businessKey),
                workflow.finishedActivities(processKey, businessKey), workflow.dueDates(processKey, businessKey));
    }

    /** The engine's history cleanup job, made due now. */
    public record HistoryCleanupDto(String jobId) {
    }

    @POST
    @Path("history-cleanup")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: run the engine's history cleanup now (in the background) instead of at night")
    public HistoryCleanupDto cleanUpHistory() {
        devtools.requireEnabled();
        return new HistoryCleanupDto(workflow.cleanUpHistoryNow());
    }

    /** Whether this node's job executor runs. */
    public record JobExecutorDto(boolean active) {
    }

    @PUT
    @Path("job-executor")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: start (active=true) or stop this node's job executor")
    public JobExecutorDto jobExecutor(@QueryParam("active") @NotNull(message = "Kies true of false")
                                      Boolean active) {
        devtools.requireEnabled();
        return new JobExecutorDto(workflow.runJobs(active));
    }

    /** The activity after which this node holds its jobs, and the business keys of the jobs held now. */
    public record JobHoldDto(String activityId, List<String> held) {
    }

    @PUT
    @Path("job-hold")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: hold this node's job of instance `businessKey` right after its service task "
            + "`activity` ran, before it commits (to kill the node at that point in a test)")
    public JobHoldDto holdJobs(@QueryParam("activity") @NotNull(message = "Kies een activiteit")
                               @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_-]{0,99}$", message = "Onbekende activiteit")
                               String activity,
                               @QueryParam("businessKey") @NotNull(message = "Kies een procesinstantie")
                               @Pattern(regexp = "^[A-Za-z0-9_-]{1,100}$", message = "Onbekende procesinstantie")
                               String businessKey) {
        devtools.requireEnabled();
        workflow.holdJobsAfter(activity, businessKey);
        return jobHold();
    }

    @GET
    @Path("job-hold")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: the activity this node holds jobs after and the jobs it holds now")
    public JobHoldDto jobHold() {
        devtools.requireEnabled();
        Workflow.HeldJobs held = workflow.heldJobs();
        return new JobHoldDto(held.activityId(), held.businessKeys());
    }

    @DELETE
    @Path("job-hold")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: let the held jobs go on and hold no more")
    public JobHoldDto releaseJobs() {
        devtools.requireEnabled();
        workflow.releaseHeldJobs();
        return jobHold();
    }

    @POST
    @Path("benchmark/starts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: time `count` bare starts of vroegsignalering, `perTransaction` per transaction")
    public EngineBenchmark.Result starts(
            @QueryParam("count") @DefaultValue("1000") @Min(value = 1, message = "Minstens 1")
            @Max(value = 100_000, message = "Hooguit 100000") int count,
            @QueryParam("perTransaction") @DefaultValue("100") @Min(value = 1, message = "Minstens 1")
            @Max(value = 1000, message = "Hooguit 1000") int perTransaction) {
        devtools.requireEnabled();
        return benchmark.startVroegsignalering(count, perTransaction);
    }
}
