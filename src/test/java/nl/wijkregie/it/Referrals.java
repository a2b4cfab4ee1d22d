package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Random;

/** Helpers for the waiting list ITs: providers, households with a BSN, referrals. */
public final class Referrals {

    private static final Random RANDOM = new Random();

    private Referrals() {
    }

    /** A provider with a fresh AGB code, added by the administrator; returns its JSON. */
    public static JsonObject provider(String name) {
        String agb = String.valueOf(10_000_000 + RANDOM.nextInt(89_999_999));
        Api.Response created = Api.as("anouk").post("/api/v1/referral-providers",
                "{\"name\":\"%s\",\"agbCode\":\"%s\"}".formatted(name, agb));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    /** A household of team Oost with one member with this BSN; returns its case (with household.members). */
    public static JsonObject caseWithMember(Api api, String bsn) {
        Api.Response household = api.post("/api/v1/households",
                Households.json(Households.uniqueStreet(), "Lotte", null, "Verwijs", "2012-03-04", bsn));
        assertThat(household.status()).as(household.toString()).isEqualTo(201);
        return Cases.caseOfHousehold(api, household.json().getString("id"));
    }

    public static String memberOf(JsonObject caseFile) {
        return caseFile.getJsonObject("household").getJsonArray("members").getJsonObject(0).getString("id");
    }

    public static Api.Response create(Api api, JsonObject caseFile, String domain, String product, String providerId,
                                      LocalDate need, LocalDate request) {
        return api.post("/api/v1/cases/" + caseFile.getString("id") + "/referrals", """
                {"memberId":"%s","domain":"%s","productCode":"%s","providerId":"%s","needEstablishedOn":%s,
                 "requestSentOn":%s}""".formatted(memberOf(caseFile), domain, product, providerId,
                quoted(need), quoted(request)));
    }

    public static Api.Response step(Api api, String referralId, String step, LocalDate on) {
        return api.post("/api/v1/referrals/" + referralId + "/steps",
                "{\"step\":\"%s\",\"on\":\"%s\"}".formatted(step, on));
    }

    /** The message of the violation naming this field in a 400 problem, or null. */
    public static String violation(Api.Response response, String field) {
        if (!response.isProblem() || !response.json().containsKey("violations")) {
            return null;
        }
        return response.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("field").equals(field)).map(v -> v.getString("message")).findFirst()
                .orElse(null);
    }

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }
}
