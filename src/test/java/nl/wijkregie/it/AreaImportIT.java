package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/**
 * The admin loads the CBS "Kerncijfers wijken en buurten" CSV: new codes are added and named, wrong rows are reported
 * with their line, a file that is not a CBS file is a 400 problem that changes nothing, and a monitoring release
 * counts per the codes loaded. The wijk added here is switched off again at the end, so other tests see the list as
 * it was.
 */
class AreaImportIT {

    private static final Api ADMIN = Api.as("anouk");

    private static Api.Response upload(String csv) {
        return ADMIN.send("POST", "/api/v1/areas/cbs-import?municipality=GM0479", "text/csv", csv);
    }

    @Test
    void loadsTheCodesOfTheCbsFileAndReleasesCountPerLoadedCode() {
        Api.Response response = upload("""
                gwb_code_10;gwb_code_8;regio;gm_naam;recs;gwb_code
                GM0479;0479;Zaanstad;Zaanstad;Gemeente;GM0479
                WK047960;047960;Testwijk CBS;Zaanstad;Wijk;WK047960
                BU04796001;04796001;Testbuurt CBS;Zaanstad;Buurt;BU04796001
                WK036301;036301;Burgwallen;Amsterdam;Wijk;WK036301
                BU04796002;04796002;;Zaanstad;Buurt;BU04796002
                """);
        try {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            JsonObject report = response.json();
            assertThat(report.getInt("wijkenAdded")).isEqualTo(1);
            assertThat(report.getInt("buurtenAdded")).isEqualTo(1);
            assertThat(report.getJsonNumber("otherMunicipalityRows").longValue()).isEqualTo(1);
            assertThat(report.getJsonNumber("rejectedRows").longValue()).isEqualTo(1);
            JsonObject rejection = report.getJsonArray("rejections").getJsonObject(0);
            assertThat(rejection.getInt("line")).isEqualTo(6);
            assertThat(rejection.getString("reason")).isEqualTo("Naam ontbreekt");
            assertThat(TestDatabase.count("select count(*) from wijkregie.wijk where code = 'WK047960'"
                    + " and name = 'Testwijk CBS' and updated_by = 'cbs-import:anouk'")).isEqualTo(1);
            assertThat(Api.as("anouk").get("/api/v1/areas").json().getBoolean("illustrative")).isFalse();

            JsonObject release = Api.as("bram").post("/api/v1/monitoring/releases", """
                    {"indicator": "cases-opened", "from": "2037-01", "to": "2037-01"}""").json();
            assertThat(release.getJsonArray("areas").getValuesAs(JsonValue::toString)).contains("\"WK047960\"");
        } finally {
            ADMIN.put("/api/v1/areas/wijken/WK047960", "{\"name\": \"Testwijk CBS\", \"active\": false}");
            ADMIN.put("/api/v1/areas/buurten/BU04796001",
                    "{\"wijkCode\": \"WK047960\", \"name\": \"Testbuurt CBS\", \"active\": false}");
        }
    }

    @Test
    void aFileThatIsNotACbsFileIsA400ThatChangesNothing() {
        long before = TestDatabase.count("select count(*) from wijkregie.wijk");

        Api.Response response = upload("achternaam;voornaam\nJansen;Piet\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.body()).contains("geen CBS-bestand");
        assertThat(TestDatabase.count("select count(*) from wijkregie.wijk")).isEqualTo(before);
    }
}
