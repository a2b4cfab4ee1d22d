package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wijkregie.signal.domain.DdasSchema;
import org.junit.jupiter.api.Test;

/**
 * Need-to-know on signal cases: another team's case does not exist for you; every read leaves an access-log entry;
 * the DDAS delivery built from the real database validates against the national schema.
 */
class SignalAccessIT {

    private final Api fatima = Api.as("fatima");

    @Test
    void anotherTeamsSignalCaseIsNotFoundAndNotInItsInbox() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 11, "Teamtest"));
        Api pieter = Api.as("pieter");

        Api.Response read = pieter.get("/api/v1/signal-cases/" + signalCase.getString("id"));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.isProblem()).isTrue();
        assertThat(Signals.inInbox(pieter, signalCase.getString("id"))).isFalse();
        assertThat(Signals.inInbox(fatima, signalCase.getString("id"))).isTrue();
        assertThat(pieter.post("/api/v1/signal-cases/" + signalCase.getString("id") + "/contact-attempts",
                "{\"kind\":\"BRIEF\",\"reached\":false,\"attemptedOn\":\"2026-11-02\",\"partOfDay\":\"AVOND\"}").status())
                .isEqualTo(404);
    }

    @Test
    void aPartnerAccountSignalsUnderItsOwnNameAndAProfessionalMustNameThePartner() {
        String postcode = Households.uniquePostcode();
        String anonymousPartner = Signals.json("Iemand Anders", "WATER", postcode, 14, "Kees", null, "Partnertest",
                "1970-02-02", 50_000, false, "GEEN");

        Api.Response fromWoonzaam = Api.as("woonzaam").post("/api/v1/signals", anonymousPartner);

        assertThat(fromWoonzaam.status()).as(fromWoonzaam.toString()).isEqualTo(201);
        assertThat(fromWoonzaam.json().containsKey("signalCaseId")).isFalse();
        assertThat(TestDatabase.count("select count(*) from wijkregie.signal where postcode = ?"
                + " and partner_organisation = 'Woonzaam' and partner_type = 'HUUR'", postcode)).isEqualTo(1);
        Api.Response unnamed = fatima.post("/api/v1/signals", anonymousPartner
                .replace("\"partnerOrganisation\":\"Iemand Anders\",", ""));
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.json().getString("detail")).contains("signaalpartner");
    }

    @Test
    void everyReadOfASignalCaseIsAccessLogged() {
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 12, "Logtest"));
        String id = signalCase.getString("id");
        long before = TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'READ' and user_id = 'fatima'", id);

        fatima.get("/api/v1/signal-cases/" + id);
        fatima.get("/api/v1/signal-cases/" + id);
        Api.as("sanne").get("/api/v1/signal-cases/" + id);

        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'READ' and user_id = 'fatima'", id)).isEqualTo(before + 2);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'READ' and user_id = 'sanne' and purpose = 'EARLY_SIGNALLING'", id)).isEqualTo(1);
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'CREATE'", id)).isEqualTo(1);
    }

    @Test
    void theDdasDeliveryOfTheDatabaseValidatesAgainstTheNationalSchema() {
        String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 13, "Ddastest"));
        Signals.attempt(fatima, signalCase.getString("id"), "TELEFOON", true, today);
        Signals.close(fatima, Signals.signalCase(fatima, signalCase.getString("id")), "ZELF_BETAALD");

        Api.Response delivery = Api.as("anouk").get("/api/v1/signal-admin/ddas-delivery?from=" + today + "&to=" + today);

        assertThat(delivery.status()).as(delivery.toString()).isEqualTo(200);
        assertThat(DdasSchema.problems(delivery.body())).isEmpty();
        assertThat(delivery.body()).contains("Inwoner heeft zelf al betaald/betalingsregeling getroffen")
                .contains("\"gemeentecode\":\"0479\"");
        assertThat(TestDatabase.count("select count(*) from wijkregie.access_log where subject_id = ?::uuid"
                + " and action = 'EXPORT'", signalCase.getString("id"))).isEqualTo(1);
        assertThat(Api.as("anouk").get("/api/v1/signal-admin/ddas-delivery?from=2026-02-30&to=" + today).status())
                .isIn(400, 422);
    }
}
