package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The team lead's caseload can show the cases without a regisseur ("Geen regisseur"), which need one first. */
class CaseloadUnassignedIT {

    private final Api fatima = Api.as("fatima");
    private final Api sanne = Api.as("sanne");

    @Test
    void listsOnlyTheCasesWithoutARegisseur() {
        JsonObject withRegisseur = Cases.newCase(fatima);
        JsonObject without = Cases.newCase(fatima);
        Api.Response freed = sanne.put("/api/v1/cases/" + without.getString("id") + "/assignment",
                "{\"version\":%d,\"regisseurId\":null,\"involvedProfessionals\":[]}"
                        .formatted(without.getJsonNumber("version").longValue()));
        assertThat(freed.status()).as(freed.toString()).isEqualTo(200);

        List<String> unassigned = ids(sanne.get("/api/v1/cases?scope=team&unassigned=true&size=100&household="
                + without.getString("householdId")));
        List<String> other = ids(sanne.get("/api/v1/cases?scope=team&unassigned=true&size=100&household="
                + withRegisseur.getString("householdId")));
        JsonObject page = sanne.get("/api/v1/cases?scope=team&unassigned=true&size=100").json();

        assertThat(unassigned).containsExactly(without.getString("id"));
        assertThat(other).isEmpty();
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .allSatisfy(item -> assertThat(item.containsKey("regisseurId") && !item.isNull("regisseurId"))
                        .isFalse());
    }

    private static List<String> ids(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(item -> item.getString("id")).toList();
    }
}
