package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The norm through bpmn/verwijzing.bpmn with the controllable clock: a bridging check-in every two weeks while the
 * household waits, a warning to the regisseur before the norm and a team lead task when it passes; care starting
 * ends every open task.
 */
class ReferralNormTimersIT {

    private final Api fatima = Api.as("fatima");
    private final Api anouk = Api.as("anouk");

    private static List<String> tasksOf(Api api, String referralId) {
        JsonArray items = api.get("/api/v1/tasks?size=100&subject=" + referralId).json().getJsonArray("items");
        return items.getValuesAs(JsonObject.class).stream().filter(t -> "verwijzing".equals(t.getString("processKey")))
                .map(t -> t.getString("taskKey")).toList();
    }

    private void shift(Duration by) {
        assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + by.toSeconds(), "").status()).isEqualTo(200);
    }

    @Test
    void checkInWarningAndBreachFollowTheNormAndEndWhenCareStarts() {
        JsonObject provider = Referrals.provider("Wmo Tijd");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        String caseId = caseFile.getString("id");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String id = Referrals.create(fatima, caseFile, "WMO", "01", provider.getString("id"), today, today)
                .json().getString("id");
        JsonObject path = anouk.get("/api/v1/workflow/instances/verwijzing/" + id).json();
        assertThat(path.getJsonArray("active").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .contains("awaitCare");
        assertThat(Instant.parse(path.getJsonObject("due").getString("normPassed")))
                .isEqualTo(today.plusDays(57).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        assertThat(Instant.parse(path.getJsonObject("due").getString("normWarningDue")))
                .isEqualTo(today.plusDays(43).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant());
        try {
            shift(Duration.ofDays(15));
            Signals.await("the bridging check-in", Duration.ofSeconds(90),
                    () -> tasksOf(fatima, id).contains("checkIn"));
            assertThat(tasksOf(fatima, id)).doesNotContain("normWarning", "normBreached");

            shift(Duration.ofDays(44));
            Signals.await("the warning", Duration.ofSeconds(90), () -> tasksOf(fatima, id).contains("normWarning"));

            shift(Duration.ofDays(58));
            Signals.await("the team lead's task", Duration.ofSeconds(90),
                    () -> tasksOf(Api.as("sanne"), id).contains("normBreached"));
            JsonObject breached = fatima.get("/api/v1/referrals/" + id).json();
            assertThat(breached.getString("breachedAt")).isNotBlank();
            assertThat(breached.getInt("daysLeft")).isNegative();
            JsonObject dashboard = Api.as("sanne").get("/api/v1/team-lead-dashboard").json();
            assertThat(dashboard.getJsonArray("overdue").getValuesAs(JsonObject.class))
                    .anySatisfy(o -> {
                        assertThat(o.getString("processKey")).isEqualTo("verwijzing");
                        assertThat(o.getString("taskKey")).isEqualTo("normWarning");
                    });
            assertThat(tasksOf(Api.as("wouter"), id)).isEmpty();

            Api.Response started = Referrals.step(fatima, id, "CARE_STARTED", today.plusDays(58));
            assertThat(started.status()).as(started.toString()).isEqualTo(200);
            assertThat(started.json().getJsonObject("waitingTime").getInt("countedDays")).isEqualTo(58);
            assertThat(tasksOf(fatima, id)).isEmpty();
            assertThat(anouk.get("/api/v1/workflow/instances/verwijzing/" + id).json().getJsonArray("finished")
                    .getValuesAs(JsonString.class)).extracting(JsonString::getString)
                    .contains("recordBreach", "ended");
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
    }
}
