package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;

/** Test data for early signalling: signals with sensible defaults, unique references, and the way to a case. */
public final class Signals {

    private Signals() {
    }

    public static String reference() {
        return "REF-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A signal for a person at an address; the partner is named for professionals (a partner account's own wins). */
    public static String json(String organisation, String type, String postcode, int houseNumber, String firstName,
                              String prefix, String surname, String dateOfBirth, long amountCents, boolean crisis,
                              String threat) {
        return """
                {"partnerType":"%s","partnerOrganisation":"%s","partnerReference":"%s","firstName":"%s",
                 "surnamePrefix":%s,"surname":"%s","dateOfBirth":"%s","street":"Signaalstraat","houseNumber":%d,
                 "postcode":"%s","town":"Zaandam","amountCents":%d,"arrearsSince":"2026-08-01",
                 "signalDate":"2026-11-01","crisis":%s,"warmHandover":false,"threat":"%s"}
                """.formatted(type, organisation, reference(), firstName, prefix == null ? "null" : "\"" + prefix + "\"",
                surname, dateOfBirth, houseNumber, postcode, amountCents, crisis, threat);
    }

    /** A plain signal of €450 from a landlord, no crisis or threat. */
    public static String plain(String postcode, int houseNumber, String surname) {
        return json("Woonzaam", "HUUR", postcode, houseNumber, "Jan", null, surname, "1985-02-03", 45_000, false,
                "GEEN");
    }

    /** Posts as a professional and returns the signal case. */
    public static JsonObject receive(Api api, String json) {
        Api.Response response = api.post("/api/v1/signals", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return signalCase(api, response.json().getString("signalCaseId"));
    }

    public static JsonObject signalCase(Api api, String id) {
        Api.Response response = api.get("/api/v1/signal-cases/" + id);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Every item of the user's signal inbox with this query (all pages), for tests in a shared database. */
    public static java.util.List<JsonObject> inbox(Api api, String query) {
        java.util.List<JsonObject> items = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Response response = api.get("/api/v1/signal-cases?size=100&page=" + page
                    + (query.isEmpty() ? "" : "&" + query));
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            jakarta.json.JsonArray found = response.json().getJsonArray("items");
            found.getValuesAs(JsonObject.class).forEach(items::add);
            if (found.size() < 100) {
                return items;
            }
        }
    }

    /**
     * Uploads a list of {@code rows} signals (as the administrator), each at its own address in one new postcode, and
     * returns the postcode once all are imported; the cases land in the team that postcode routes to.
     */
    public static String manyCases(int rows) {
        Api anouk = Api.as("anouk");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String postcode = Households.uniquePostcode();
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (int n = 1; n <= rows; n++) {
            lines.add(SignalBatchIT.row(run, n, postcode));
        }
        JsonObject batch = SignalBatchIT.awaitDone(anouk, SignalBatchIT.upload(anouk,
                SignalBatchIT.HEADER + "\n" + String.join("\n", lines) + "\n").getString("id"));
        assertThat(batch.getInt("rowsImported")).as(batch.toString()).isEqualTo(rows);
        return postcode;
    }

    public static boolean inInbox(Api api, String caseId) {
        return inbox(api, "").stream().anyMatch(item -> caseId.equals(item.getString("id")));
    }

    public static Api.Response attempt(Api api, String caseId, String kind, boolean reached, String date) {
        return api.post("/api/v1/signal-cases/" + caseId + "/contact-attempts", """
                {"kind":"%s","reached":%s,"attemptedOn":"%s","partOfDay":"OCHTEND"}""".formatted(kind, reached, date));
    }

    public static Api.Response close(Api api, JsonObject signalCase, String result) {
        return api.post("/api/v1/signal-cases/" + signalCase.getString("id") + "/end-result",
                "{\"version\":%d,\"result\":\"%s\"}".formatted(signalCase.getJsonNumber("version").longValue(),
                        result));
    }

    /** The activities the signal case's process instance is in and went through (devtools endpoint). */
    public static JsonObject processPath(String caseId) {
        Api.Response response = Api.as("anouk").get("/api/v1/workflow/instances/vroegsignalering/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** Polls until the condition holds (background work: the job executor, batch imports). */
    public static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
