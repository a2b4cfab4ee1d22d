package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case file fires typed events and the timeline renders them (docs/adr/0019): the stored lines — kind, Dutch
 * sentence, actor, source, link to the case, confidentiality — are exactly those written before the events became
 * typed, for every kind of change a case goes through.
 */
class CaseTimelineIT {

    private final Api fatima = Api.as("fatima");

    @Test
    void everyChangeOfACaseLeavesItsLineOnTheHouseholdsTimeline() {
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        String householdId = caseFile.getJsonObject("household").getString("id");
        JsonObject member = caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0);
        String base = "/api/v1/cases/" + caseId;

        Api.Response domains = fatima.put(base + "/domains", """
                {"version": %d, "domains": [{"domain": "SCHULDEN"}, {"domain": "JEUGD"}]}"""
                .formatted(caseFile.getJsonNumber("version").longValue()));
        assertThat(domains.status()).as(domains.toString()).isEqualTo(200);
        assertThat(fatima.post(base + "/journal", "{\"text\": \"Gesprek over de huur\", \"domain\": \"WMO\"}")
                .status()).isEqualTo(201);
        assertThat(fatima.post(base + "/journal", "{\"text\": \"Zorg om veiligheid\", \"confidential\": true}")
                .status()).isEqualTo(201);
        Api.Response consent = fatima.post(base + "/consents", """
                {"memberId": "%s", "decision": "GIVEN", "recipientKind": "ORGANISATION", "recipient": "GGD Regio",
                 "recordedOn": "2026-01-05"}""".formatted(member.getString("id")));
        assertThat(consent.status()).as(consent.toString()).isEqualTo(201);
        Api.Response withdrawn = fatima.post(base + "/consents/" + consent.json().getString("id") + "/withdrawal",
                "{\"version\": %d, \"withdrawnOn\": \"2026-01-06\"}"
                        .formatted(consent.json().getJsonNumber("version").longValue()));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        JsonObject intake = Cases.walk(fatima, domains.json(), "INTAKE");
        JsonObject planned = Cases.walk(fatima, intake, "PLAN");
        assertThat(Cases.close(fatima, planned).status()).isEqualTo(200);

        assertThat(lines(householdId)).containsExactly(
                line("CASE_OPENED", "Zaak aangemeld", "casefile", true, false),
                line("DOMAINS_CHANGED", "Domeinen: Jeugd, Schulden", "casefile", true, false),
                line("NOTE_ADDED", "Notitie toegevoegd (Wmo)", "casefile", true, false),
                line("NOTE_ADDED", "Vertrouwelijke notitie toegevoegd", "casefile", true, true),
                line("CONSENT_RECORDED", "Toestemming van " + member.getString("firstName")
                        + " voor delen met GGD Regio", "casefile", true, false),
                line("CONSENT_WITHDRAWN", "Toestemming voor delen met GGD Regio ingetrokken", "casefile", true,
                        false),
                line("STATUS_CHANGED", "Status Aangemeld → Intake. Uiterlijk nu " + dutch(intake, "dueOn")
                        + " (was " + dutch(domains.json(), "dueOn") + ")", "casefile", true, false),
                line("STATUS_CHANGED", "Status Intake → Plan. Uiterlijk nu " + dutch(planned, "dueOn")
                        + " (was " + dutch(intake, "dueOn") + ")", "casefile", true, false),
                line("STATUS_CHANGED", "Zaak afgesloten: doelen bereikt", "casefile", false, false));
        assertThat(TestDatabase.count("select count(*) from wijkregie.timeline_event where household_id = ?::uuid"
                + " and actor_id = 'fatima' and source_id is not null", householdId)).isEqualTo(9);
        assertThat(TestDatabase.count("select count(*) from wijkregie.timeline_event where household_id = ?::uuid"
                + " and kind = 'STATUS_CHANGED' and source_id = ?::uuid", householdId, caseId)).isEqualTo(3);
        assertThat(fatima.get(base + "/timeline").body()).contains("Zaak afgesloten: doelen bereikt")
                .contains("Status Intake → Plan");
    }

    /** A date of the answer as the timeline writes it: "12 januari 2027". */
    static String dutch(JsonObject json, String field) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl"))
                .format(java.time.LocalDate.parse(json.getString(field)));
    }

    private static String line(String kind, String summary, String sourceModule, boolean linkedToCase,
                               boolean confidential) {
        return kind + " | " + summary + " | " + sourceModule + " | case " + linkedToCase + " | confidential "
                + confidential;
    }

    private static List<String> lines(String householdId) {
        try (Connection connection = TestDatabase.superuser(); PreparedStatement statement = connection.prepareStatement(
                "select kind, summary, source_module, case_id is not null, confidential from wijkregie.timeline_event"
                        + " where household_id = ? order by occurred_at, id")) {
            statement.setObject(1, UUID.fromString(householdId));
            List<String> lines = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(line(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                            rows.getBoolean(5)));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
