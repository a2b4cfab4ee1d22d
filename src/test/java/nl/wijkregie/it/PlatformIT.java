package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Health, metrics, OpenAPI, and that the application uses the database it is configured with (DB_*). */
class PlatformIT {

    @Test
    void isReadyWithDatabaseAndEngineUp() {
        JsonObject health = Api.anonymous().get("/health/ready").json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").toString()).contains("database").contains("process-engine");
        assertThat(Api.anonymous().get("/health/live").status()).isEqualTo(200);
    }

    @Test
    void publishesRequestAndEngineMetrics() {
        Api.as("fatima").get("/api/v1/me");
        String metrics = Api.anonymous().get("/metrics", "text/plain").body();
        assertThat(metrics).contains("workflow_open_tasks").contains("workflow_running_process_instances");
        assertThat(metrics).contains("REST_request");
        assertThat(metrics).contains("workflow_jobs_acquisition_attempts", "workflow_jobs_acquired",
                "workflow_jobs_acquisition_conflicts", "workflow_jobs_executed", "workflow_jobs_failed",
                "workflow_jobs_rejected");
        assertThat(gauge(metrics, "workflow_jobs_acquisition_attempts")).as("node A's job executor runs").isPositive();
        String onNodeB = Api.anonymous().onNodeB().get("/metrics", "text/plain").body();
        assertThat(gauge(onNodeB, "workflow_jobs_acquisition_attempts")).as("node B counts its own")
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void runsOnADatabaseWithTheFsyncThePomAskedFor() {
        // the pom's it.db.fsync (off: a throwaway database); scripts/run's database has it on (EmbeddedDatabaseTest)
        String expected = System.getProperty("wijkregie.db.fsync", "on");
        assertThat(TestDatabase.setting("fsync")).isEqualTo(expected);
    }

    @Test
    void givesTheEngineTheIndexItsTaskCompletionNeeds() {
        assertThat(TestDatabase.count("select count(*) from pg_indexes where schemaname = 'camunda'"
                + " and indexname = 'wijkregie_task_parent'")).isEqualTo(1);
    }

    @Test
    void tellsBenchmarksWhereTheServersCpuWent() {
        JsonObject jvm = Api.as("anouk").get("/api/v1/devtools/jvm").json();
        assertThat(jvm.getJsonNumber("uptimeSeconds").doubleValue()).isPositive();
        assertThat(jvm.getJsonNumber("processCpuSeconds").doubleValue()).isPositive();
        assertThat(jvm.getJsonNumber("compilationSeconds").doubleValue()).isPositive();
        assertThat(jvm.getJsonNumber("garbageCollectionSeconds").doubleValue()).isNotNegative();
    }

    @Test
    void publishesOpenApiAndItsUi() {
        JsonObject openapi = Api.anonymous().get("/openapi?format=JSON").json();
        assertThat(openapi.getJsonObject("paths").keySet()).contains("/api/v1/households", "/api/v1/tasks");
        assertThat(Api.anonymous().get("/openapi/ui/", "text/html").status()).isEqualTo(200);
    }

    @Test
    void storesInTheDatabaseItIsConfiguredWith() {
        // The test server runs with DB_PORT pointing at the build's PostgreSQL and starts no database itself.
        String id = Households.register(Api.as("fatima"));
        assertThat(TestDatabase.count("select count(*) from wijkregie.household where id = ?::uuid", id))
                .isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from pg_stat_activity where usename = 'wijkregie'"))
                .isPositive();
    }

    @Test
    void servesTheWebUiAndTheLoginPage() {
        assertThat(Api.anonymous().get("/", "text/html").body()).contains("<div id=\"root\"");
        assertThat(Api.anonymous().get("/login.html", "text/html").body()).contains("j_security_check");
    }

    /** The value of a gauge in the Prometheus text format (the first sample whose name starts with it). */
    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name) && !line.startsWith("#"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in /metrics"));
    }
}
