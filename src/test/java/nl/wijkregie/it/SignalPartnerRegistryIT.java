package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The administrator registers signal partners (organisation, DDAS partner type, machine account, active or not):
 * validated, duplicates refused, edits versioned, every write access-logged; a switched-off partner's account is
 * refused at the signal intake.
 */
class SignalPartnerRegistryIT {

    private final Api anouk = Api.as("anouk");

    private static String partner(String account, String organisation, String type, boolean active) {
        return """
                {"account":"%s","organisation":"%s","partnerType":"%s","active":%s}"""
                .formatted(account, organisation, type, active);
    }

    private static String change(long version, String account, String organisation, String type, boolean active) {
        return """
                {"version":%d,"account":"%s","organisation":"%s","partnerType":"%s","active":%s}"""
                .formatted(version, account, organisation, type, active);
    }

    private static long logged(String action, String subjectId) {
        return TestDatabase.count("select count(*) from wijkregie.access_log where user_id = 'anouk'"
                + " and subject_type = 'SIGNAL_PARTNER' and action = ? and subject_id = ?::uuid", action, subjectId);
    }

    @Test
    void theAdministratorRegistersAndChangesAPartnerAndEveryWriteIsLogged() {
        String account = "pwn-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Response registered = anouk.post("/api/v1/signal-partners", partner(account, "PWN", "WATER", true));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        JsonObject created = registered.json();
        assertThat(created.getString("account")).isEqualTo(account);
        assertThat(created.getString("partnerType")).isEqualTo("WATER");
        assertThat(created.getString("partnerTypeLabel")).isEqualTo("Water");
        assertThat(created.getBoolean("active")).isTrue();
        String id = created.getString("id");
        assertThat(logged("CREATE", id)).isEqualTo(1);
        assertThat(anouk.get("/api/v1/signal-partners").body()).contains(account).contains("\"woonzaam\"");

        Api.Response changed = anouk.put("/api/v1/signal-partners/" + id,
                change(created.getJsonNumber("version").longValue(), account, "PWN Waterleidingbedrijf", "WATER",
                        false));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("organisation")).isEqualTo("PWN Waterleidingbedrijf");
        assertThat(changed.json().getBoolean("active")).isFalse();
        assertThat(changed.json().getJsonNumber("version").longValue())
                .isGreaterThan(created.getJsonNumber("version").longValue());
        assertThat(logged("UPDATE", id)).isEqualTo(1);

        Api.Response stale = anouk.put("/api/v1/signal-partners/" + id,
                change(created.getJsonNumber("version").longValue(), account, "PWN", "WATER", true));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        assertThat(logged("UPDATE", id)).isEqualTo(1);
    }

    @Test
    void anAccountIsRegisteredOnceInAnyLetterCase() {
        long before = TestDatabase.count("select count(*) from wijkregie.signal_partner");

        Api.Response duplicate = anouk.post("/api/v1/signal-partners",
                partner("WoonZaam", "Woonzaam Twee", "HUUR", true));

        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.isProblem()).isTrue();
        assertThat(duplicate.json().getString("type")).endsWith("/duplicate");
        assertThat(duplicate.json().getString("detail")).contains("WoonZaam").contains("Woonzaam");
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal_partner")).isEqualTo(before);
    }

    @Test
    void badInputIsAClearFourHundredThatChangesNothing() {
        long before = TestDatabase.count("select count(*) from wijkregie.signal_partner");

        Api.Response bad = anouk.post("/api/v1/signal-partners",
                partner("met spatie", "", "SCHULDEISER", true));
        Api.Response noVersion = anouk.put("/api/v1/signal-partners/" + UUID.randomUUID(),
                partner("iemand", "Iemand", "HUUR", true));
        Api.Response unknown = anouk.put("/api/v1/signal-partners/" + UUID.randomUUID(),
                change(0, "iemand", "Iemand", "HUUR", true));

        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        assertThat(violatedFields(bad)).contains("account", "organisation", "partnerType");
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(violatedFields(noVersion)).containsExactly("version");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal_partner")).isEqualTo(before);
    }

    @Test
    void anAccountThatDeliveredSignalsCannotBeRenamed() {
        JsonObject woonzaam = partnerWithAccount("woonzaam");
        Api.Response posted = Api.as("woonzaam").post("/api/v1/signals",
                Signals.plain(Households.uniquePostcode(), 3, "Hernoem"));
        assertThat(posted.status()).isEqualTo(201);

        Api.Response renamed = anouk.put("/api/v1/signal-partners/" + woonzaam.getString("id"),
                change(woonzaam.getJsonNumber("version").longValue(), "woonzaam-nieuw", "Woonzaam", "HUUR", true));

        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(422);
        assertThat(partnerWithAccount("woonzaam").getJsonNumber("version").longValue())
                .isEqualTo(woonzaam.getJsonNumber("version").longValue());
    }

    @Test
    void aSwitchedOffPartnersAccountIsRefusedAtTheIntake() {
        Api zaanstroom = Api.as("zaanstroom");
        JsonObject partner = partnerWithAccount("zaanstroom");
        Api.Response off = anouk.put("/api/v1/signal-partners/" + partner.getString("id"), change(
                partner.getJsonNumber("version").longValue(), "zaanstroom", partner.getString("organisation"),
                partner.getString("partnerType"), false));
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        try {
            String postcode = Households.uniquePostcode();
            Api.Response refused = zaanstroom.post("/api/v1/signals", Signals.plain(postcode, 8, "Afgesloten"));

            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.json().getString("detail")).contains("niet (meer) actief");
            assertThat(TestDatabase.count("select count(*) from wijkregie.signal where postcode = ?", postcode))
                    .isZero();
            assertThat(zaanstroom.get("/api/v1/signals/status").status()).isEqualTo(403);
            assertThat(zaanstroom.send("POST", "/api/v1/signal-batches", "text/csv", "achternaam\nJansen\n")
                    .status()).isEqualTo(403);
        } finally {
            JsonObject now = partnerWithAccount("zaanstroom");
            anouk.put("/api/v1/signal-partners/" + now.getString("id"), change(now.getJsonNumber("version")
                    .longValue(), "zaanstroom", now.getString("organisation"), now.getString("partnerType"), true));
        }
        assertThat(zaanstroom.post("/api/v1/signals", Signals.plain(Households.uniquePostcode(), 8, "Weer"))
                .status()).isEqualTo(201);
    }

    private static java.util.List<String> violatedFields(Api.Response response) {
        return response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private JsonObject partnerWithAccount(String account) {
        Api.Response list = anouk.get("/api/v1/signal-partners");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.structure().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("account").equals(account)).findFirst().orElseThrow();
    }
}
