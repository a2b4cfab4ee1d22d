package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signal inbox pages on the server with the true total (it used to stop silently at 300) and filters; a signal
 * case gets an assigned professional and notes, access-logged; a contact attempt without a date names the field.
 */
class SignalInboxIT {

    static final String TEAM_OOST = "7c1e6a4e-0000-4000-8000-000000000001";
    private final Api fatima = Api.as("fatima");

    /** The user who sees the cases of this postcode: fatima for Zaandam-Oost, pieter for Zaandam-West. */
    static String userFor(String postcode) {
        long inOost = TestDatabase.count("select count(*) from wijkregie.signal_case where address_key like ?"
                + " and team_id = ?::uuid", postcode + "-%", TEAM_OOST);
        return inOost > 0 ? "fatima" : "pieter";
    }

    @Test
    void pagesBeyond300WithTheTrueTotal() {
        String postcode = Signals.manyCases(320);
        String user = userFor(postcode);
        Api api = Api.as(user);
        long open = TestDatabase.count("select count(*) from wijkregie.signal_case c where c.status = 'OPEN'"
                + " and c.team_id in (select team_id from wijkregie.signal_case where address_key like ?)",
                postcode + "-%");

        JsonObject first = api.get("/api/v1/signal-cases?size=50").json();
        JsonObject seventh = api.get("/api/v1/signal-cases?size=50&page=6").json();

        assertThat(open).isGreaterThan(300);
        assertThat(first.getJsonNumber("totalItems").longValue()).isEqualTo(open);
        assertThat(first.getBoolean("totalIsLowerBound")).isFalse();
        assertThat(first.getJsonArray("items")).hasSize(50);
        assertThat(seventh.getJsonArray("items")).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (int page = 0; page * 100 < open; page++) {
            api.get("/api/v1/signal-cases?size=100&page=" + page).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).forEach(item -> ids.add(item.getString("id")));
        }
        assertThat(ids).hasSize((int) open);
    }

    @Test
    void filtersByPriorityMatchDeadlineAndAssignee() {
        String postcode = Households.uniquePostcode();
        JsonObject high = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", postcode, 1, "Ria", null,
                "Filterhoog", "1975-06-06", 150_000, false, "HUISUITZETTING"));
        JsonObject low = Signals.receive(fatima, Signals.plain(postcode, 2, "Filterlaag"));
        String highId = high.getString("id");
        String lowId = low.getString("id");

        assertThat(ids(Signals.inbox(fatima, "priority=HOOG"))).contains(highId).doesNotContain(lowId);
        assertThat(Signals.inbox(fatima, "priority=HOOG")).allSatisfy(i ->
                assertThat(i.getString("priority")).isEqualTo("HOOG"));
        assertThat(ids(Signals.inbox(fatima, "match=UNKNOWN"))).contains(highId, lowId);
        assertThat(ids(Signals.inbox(fatima, "match=MATCHED"))).doesNotContain(highId, lowId);
        assertThat(ids(Signals.inbox(fatima, "deadline=soon"))).contains(highId);
        assertThat(ids(Signals.inbox(fatima, "deadline=overdue"))).doesNotContain(highId, lowId);

        Api.Response assigned = fatima.put("/api/v1/signal-cases/" + highId + "/assignee",
                "{\"version\":%d,\"assignee\":\"fatima\"}".formatted(high.getJsonNumber("version").longValue()));
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(ids(Signals.inbox(fatima, "assignee=fatima"))).contains(highId).doesNotContain(lowId);
        assertThat(ids(Signals.inbox(fatima, "assignee=none"))).contains(lowId).doesNotContain(highId);
        assertThat(Signals.inbox(fatima, "assignee=fatima")).allSatisfy(i ->
                assertThat(i.getString("assignedTo")).isEqualTo("fatima"));

        assertThat(fatima.get("/api/v1/signal-cases?priority=URGENT").status()).isEqualTo(400);
        assertThat(fatima.get("/api/v1/signal-cases?deadline=gisteren").status()).isEqualTo(400);
    }

    @Test
    void assignsOnlyAMemberOfTheCasesTeam() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 3, "Toewijzing"));
        String id = signalCase.getString("id");
        long version = signalCase.getJsonNumber("version").longValue();

        Api.Response outsider = fatima.put("/api/v1/signal-cases/" + id + "/assignee",
                "{\"version\":%d,\"assignee\":\"pieter\"}".formatted(version));
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(422);
        assertThat(Signals.signalCase(fatima, id).containsKey("assignedTo")).isFalse();

        Api.Response bySanne = Api.as("sanne").put("/api/v1/signal-cases/" + id + "/assignee",
                "{\"version\":%d,\"assignee\":\"fatima\"}".formatted(version));
        assertThat(bySanne.status()).as(bySanne.toString()).isEqualTo(200);
        Api.Response freed = fatima.put("/api/v1/signal-cases/" + id + "/assignee",
                "{\"version\":%d,\"assignee\":null}".formatted(bySanne.json().getJsonNumber("version").longValue()));
        assertThat(freed.status()).as(freed.toString()).isEqualTo(200);
        assertThat(freed.json().containsKey("assignedTo")).isFalse();
        Api.Response stale = fatima.put("/api/v1/signal-cases/" + id + "/assignee",
                "{\"version\":%d,\"assignee\":\"fatima\"}".formatted(version));
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void notesAreKeptNewestFirstAndAccessLogged() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 4, "Notitie"));
        String id = signalCase.getString("id");
        long updates = TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'UPDATE'", id);

        assertThat(fatima.post("/api/v1/signal-cases/" + id + "/notes", "{\"text\":\"Eerste bezoek: niet thuis\"}")
                .status()).isEqualTo(200);
        Api.Response second = fatima.post("/api/v1/signal-cases/" + id + "/notes",
                "{\"text\":\"Buurvrouw zegt: na 17 uur thuis\"}");

        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        List<JsonObject> notes = second.json().getJsonArray("notes").getValuesAs(JsonObject.class);
        assertThat(notes).extracting(n -> n.getString("text"))
                .containsExactly("Buurvrouw zegt: na 17 uur thuis", "Eerste bezoek: niet thuis");
        assertThat(notes.get(0).getString("writtenBy")).isEqualTo("fatima");
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'UPDATE'", id)).isEqualTo(updates + 2);

        Api.Response blank = fatima.post("/api/v1/signal-cases/" + id + "/notes", "{\"text\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(violation(blank, "text")).isEqualTo("Schrijf eerst een notitie");
        assertThat(Api.as("sanne").post("/api/v1/signal-cases/" + id + "/notes", "{\"text\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(Api.as("pieter").post("/api/v1/signal-cases/" + id + "/notes", "{\"text\":\"x\"}").status())
                .isEqualTo(404);
    }

    /** Before: "De gegevens zijn geen geldige JSON voor dit verzoek." without saying which field. */
    @Test
    void aContactAttemptWithoutADateNamesTheDateInDutch() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 5, "Zonderdatum"));

        Api.Response response = Signals.attempt(fatima, signalCase.getString("id"), "TELEFOON", false, "");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().getString("detail")).isEqualTo("Controleer de gemarkeerde velden.");
        assertThat(violation(response, "attemptedOn")).isEqualTo("Vul een datum in");
        assertThat(response.body()).doesNotContain("JSON");
        assertThat(Signals.signalCase(fatima, signalCase.getString("id")).getJsonArray("attempts")).isEmpty();
    }

    static String violation(Api.Response response, String field) {
        return response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .filter(v -> field.equals(v.getString("field"))).map(v -> v.getString("message")).findFirst()
                .orElse(null);
    }

    private static List<String> ids(List<JsonObject> items) {
        return items.stream().map(i -> i.getString("id")).toList();
    }
}
