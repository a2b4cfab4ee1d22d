package nl.wijkregie.devtools.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.shared.Devtools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Devtools only: shift the application's clock (and the engine's timers) forward, to let deadlines pass in tests. */
@Path("/v1/devtools/clock")
@RequestScoped
@Tag(name = "Devtools")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    /** The application's current time and its shift from the system clock. */
    public record ClockDto(Instant now, long offsetSeconds) {
    }

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    @Inject
    Devtools devtools;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: the application's time")
    public ClockDto get() {
        devtools.requireEnabled();
        return new ClockDto(clock.instant(), clocks.offset().toSeconds());
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: shift the application's time by offsetSeconds from the system time (0 resets)")
    public ClockDto shift(@QueryParam("offsetSeconds") @Min(value = 0, message = "Alleen vooruit")
                          @Max(value = 3L * 365 * 24 * 3600, message = "Hooguit drie jaar") long offsetSeconds) {
        devtools.requireEnabled();
        clocks.shift(Duration.ofSeconds(offsetSeconds));
        return get();
    }
}
