package nl.wijkregie.shared.warmup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until the warm-up has run, so a load balancer sends users only to a node whose hot paths are compiled.
 * The body says how long it took, or why the node is not ready yet.
 */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {

    @Inject
    WarmUp warmUp;

    @Override
    public HealthCheckResponse call() {
        WarmUp.Report report = warmUp.report();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("warm-up");
        if (report == null) {
            return response.down().withData("reason", "start-up has not reached the warm-up yet").build();
        }
        response.withData("millis", report.millis()).withData("rounds", report.rounds());
        if (report.disabled()) {
            return response.up().withData("disabled", true).build();
        }
        if (!report.finished()) {
            return response.down().withData("reason", "warming up").build();
        }
        if (!report.failed().isEmpty()) {
            response.withData("failedSteps", String.join(",", report.failed().keySet()));
        }
        return response.up().build();
    }
}
