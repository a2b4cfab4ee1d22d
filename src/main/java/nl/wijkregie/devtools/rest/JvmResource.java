package nl.wijkregie.devtools.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.Devtools;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Devtools only: where the server's own CPU went, for benchmarks. A server that just started spends a good part of
 * two cores on compiling its hot code for a few minutes, so a throughput figure says little without the compilation
 * time spent during it; the metrics endpoint has CPU and collection time but not that.
 */
@Path("/v1/devtools/jvm")
@RequestScoped
@Tag(name = "Devtools")
@Produces(MediaType.APPLICATION_JSON)
public class JvmResource {

    /** Totals since the server started, in seconds. */
    public record JvmDto(double uptimeSeconds, double processCpuSeconds, double compilationSeconds,
                         double garbageCollectionSeconds) {
    }

    @Inject
    Devtools devtools;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Devtools: CPU, JIT compilation and garbage collection time of the server since it started")
    public JvmDto get() {
        devtools.requireEnabled();
        double cpu = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : -1;
        double compilation = ManagementFactory.getCompilationMXBean().isCompilationTimeMonitoringSupported()
                ? ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3 : -1;
        double collection = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(millis -> millis > 0).sum() / 1e3;
        return new JvmDto(ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, cpu, compilation, collection);
    }
}
