package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Warm before ready: the readiness check names the warm-up, which has run its steps without failure before the node
 * said ready (the test client waits for ready), and left no trace in the data or the access log.
 */
class WarmUpIT {

    @Test
    void readyOnlyAfterTheWarmUpRanEveryStep() {
        JsonObject check = warmUpCheck(Api.anonymous());
        assertThat(check.getString("status")).isEqualTo("UP");
        JsonObject data = check.getJsonObject("data");
        assertThat(data.getJsonNumber("rounds").longValue()).as("rounds run").isPositive();
        assertThat(data.getJsonNumber("millis").longValue()).as("its duration").isPositive();
        assertThat(data.containsKey("failedSteps")).as("failed steps: " + data).isFalse();
    }

    @Test
    void aNodeWithoutWarmUpSaysSo() {
        JsonObject data = warmUpCheck(Api.anonymous().onNodeB()).getJsonObject("data");
        assertThat(data.getBoolean("disabled")).isTrue();
    }

    @Test
    void leavesNoSyntheticDataNorAccessLogEntries() {
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal where partner_reference like 'WU-%'"))
                .isZero();
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal where surname = 'Opwarmen'")).isZero();
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where source = 'warm-up'")).isZero();
    }

    private static JsonObject warmUpCheck(Api api) {
        return api.get("/health/ready").json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("warm-up")).findFirst()
                .orElseThrow(() -> new AssertionError("no warm-up check in /health/ready"));
    }
}
