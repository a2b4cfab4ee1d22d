package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;

/** Test helpers for case files: the case of a new household, and moving it along. */
public final class Cases {

    private Cases() {
    }

    /** Registers a household as the user (which opens its case) and returns the case. */
    public static JsonObject newCase(Api api) {
        return caseOfHousehold(api, Households.register(api));
    }

    public static JsonObject caseOfHousehold(Api api, String householdId) {
        Api.Response list = api.get("/api/v1/cases?household=" + householdId);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items")).as(list.toString()).hasSize(1);
        return get(api, list.json().getJsonArray("items").getJsonObject(0).getString("id"));
    }

    public static JsonObject get(Api api, String caseId) {
        Api.Response response = api.get("/api/v1/cases/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** A step back (from evaluation to execution or plan) is sent with a reason, as it must be. */
    public static Api.Response transition(Api api, JsonObject caseFile, String to) {
        boolean back = "EVALUATIE".equals(caseFile.getString("status", "")) && List.of("UITVOERING", "PLAN").contains(to);
        return transition(api, caseFile, to, back ? "Bijgesteld na de evaluatie" : null);
    }

    public static Api.Response transition(Api api, JsonObject caseFile, String to, String reason) {
        return api.post("/api/v1/cases/" + caseFile.getString("id") + "/transitions",
                "{\"version\": %d, \"to\": \"%s\"%s}".formatted(caseFile.getJsonNumber("version").longValue(), to,
                        reason == null ? "" : ", \"reason\": \"" + reason + "\""));
    }

    /** Moves the case through the given statuses, failing the test if one step is refused; returns the case. */
    public static JsonObject walk(Api api, JsonObject caseFile, String... statuses) {
        JsonObject current = caseFile;
        for (String status : statuses) {
            Api.Response moved = transition(api, current, status);
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            current = moved.json();
        }
        return current;
    }

    public static Api.Response close(Api api, JsonObject caseFile) {
        return api.post("/api/v1/cases/" + caseFile.getString("id") + "/transitions", """
                {"version": %d, "to": "AFGESLOTEN", "closingReason": "DOELEN_BEREIKT",
                 "outcomeSummary": "Doelen bereikt"}""".formatted(caseFile.getJsonNumber("version").longValue()));
    }
}
