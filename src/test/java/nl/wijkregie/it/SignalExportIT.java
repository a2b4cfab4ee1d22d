package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.wijkregie.signal.domain.DdasSchema;
import org.junit.jupiter.api.Test;

/**
 * The DDAS delivery is streamed (chunked, no Content-Length) and stays correct over several chunks of cases: every
 * case once, in the order opened, its signals before it, signal ids unique even when two organisations share a
 * reference in different chunks, every case access-logged (per chunk, in a transaction each: three moments for three
 * chunks), and the whole valid against the national schema. The cases
 * are written straight into the database (through the API this many would take minutes) on a day of their own.
 */
class SignalExportIT {

    private static final int CASES = 2_500;
    private static final String DAY = "2019-03-04";

    @Test
    void aDeliveryOfSeveralChunksIsStreamedCompleteAndValid() throws Exception {
        Api.Response me = Api.as("anouk").get("/api/v1/me");
        assertThat(me.status()).as("the application has started and migrated its schema").isEqualTo(200);
        UUID team = UUID.randomUUID();
        TestDatabase.execute("insert into wijkregie.team (id, name) values (?, ?)", team,
                "Exporttest " + team.toString().substring(0, 8));
        TestDatabase.execute("""
                insert into wijkregie.signal_case (id, version, team_id, wijk_code, address_key, match_status, status,
                    priority, deadline_kind, contact_deadline, opened_at, matched_on, matching_period_start,
                    matching_period_end)
                select gen_random_uuid(), 0, ?, 'WK047901', 'EXP' || lpad(n::text, 6, '0') || 'A', 'UNKNOWN', 'OPEN',
                    'LAAG', 'NORM', date '2019-03-18', timestamptz '2019-03-04 08:00:00+01' + n * interval '1 second',
                    date '2019-03-04', date '2019-03-04', date '2019-06-02'
                from generate_series(1, ?) n""", team, CASES);
        TestDatabase.execute("""
                insert into wijkregie.signal (id, signal_case_id, partner_type, partner_organisation,
                    partner_reference, first_name, surname, date_of_birth, street, house_number, postcode, town,
                    amount_cents, arrears_since, signal_date, crisis, warm_handover, threat, received_at, received_by)
                select gen_random_uuid(), c.id, 'HUUR', o.organisation,
                    case when (c.address_key, o.organisation) in (('EXP000001A', 'Woonzaam'), ('EXP002400A', 'Parteon'))
                         then 'EXPORT-SHARED' else 'EXPORT-' || c.address_key || '-' || o.organisation end,
                    'Jan', 'Export', date '1980-01-01', 'Exportstraat', 1, '1503AB', 'Zaandam', 45000,
                    date '2019-01-01', date '2019-03-01', false, false, 'GEEN', c.opened_at, 'test'
                from wijkregie.signal_case c cross join (values ('Woonzaam'), ('Parteon')) o(organisation)
                where c.team_id = ? and (o.organisation = 'Woonzaam'
                    or substring(c.address_key from 4 for 6)::int % 10 = 0)""", team);
        // the same reference from two organisations, in the first and the third chunk of 1,000: their ids get the
        // signal's own id appended
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(Api.BASE_URL + "/api/v1/signal-admin/ddas-delivery?from=" + DAY
                                + "&to=" + DAY)).timeout(Duration.ofMinutes(5))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                ("anouk:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        JsonObject levering = Json.createReader(new StringReader(response.body())).readObject()
                .getJsonArray("leveringen").getJsonObject(0);
        JsonArray signals = levering.getJsonArray("vroegsignalen");
        JsonArray cases = levering.getJsonArray("vroegsignaalzaken");
        assertThat(cases).hasSize(CASES);
        assertThat(signals).hasSize(CASES + CASES / 10);
        Set<String> signalIds = new HashSet<>();
        signals.forEach(signal -> assertThat(signalIds.add(signal.asJsonObject().getString("ID"))).isTrue());
        assertThat(signalIds).filteredOn(id -> id.startsWith("HUUR-EXPORT-SHARED")).hasSize(2)
                .allMatch(id -> id.matches("HUUR-EXPORT-SHARED-[0-9a-f-]{36}"));
        List<String> referenced = cases.stream().flatMap(c -> c.asJsonObject().getJsonArray("vroegsignalen")
                .stream().map(JsonValue::asJsonObject).map(r -> r.getString("ID"))).toList();
        assertThat(referenced).hasSize(signals.size()).containsExactlyInAnyOrderElementsOf(signalIds);
        assertThat(signals.getJsonObject(0).getString("ID")).startsWith("HUUR-EXPORT-SHARED");
        assertThat(signals.getJsonObject(signals.size() - 1).getString("ID")).startsWith("HUUR-EXPORT-EXP002500A-");
        assertThat(signals.getJsonObject(0).getString("status")).isEqualTo("Nog niet opgepakt");
        assertThat(DdasSchema.problems(response.body())).isEmpty();
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log l join wijkregie.signal_case c"
                + " on c.id = l.subject_id where c.team_id = ? and l.action = 'EXPORT'", team)).isEqualTo(CASES);
        assertThat(TestDatabase.count("select count(distinct l.occurred_at) from wijkregie.access_log l"
                + " join wijkregie.signal_case c on c.id = l.subject_id where c.team_id = ? and l.action = 'EXPORT'",
                team)).as("the access log written per chunk of 1,000, not collected for the whole delivery")
                .isEqualTo(3);
    }
}
