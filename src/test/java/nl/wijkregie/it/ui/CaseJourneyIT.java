package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Case work in the browser: a professional works on a case from her caseload, a team lead hands several cases to
 * a regisseur at once. Every test registers its own households through the API and finds them again by their
 * unique name or case id, never by their place in a list that other tests (or demo data) also fill.
 */
class CaseJourneyIT {

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    @Test
    void professionalAddsAJournalEntryAndMovesHerCaseToIntake() {
        Api fatima = Api.as("fatima");
        String surname = "Zaakreis" + UUID.randomUUID().toString().substring(0, 6);
        String householdId = register(fatima, surname);
        String caseId = caseOf(fatima, "mine", householdId);

        browser.logIn("fatima");
        browser.waitForText(By.tagName("h1"), "Zaken");
        assertThat(browser.waitFor(By.cssSelector("nav[aria-label=Hoofdmenu] a")).getText()).isEqualTo("Zaken");
        assertThat(browser.waitFor(By.xpath("//button[text()='Mijn zaken']")).getAttribute("aria-pressed"))
                .isEqualTo("true");

        // Newest first: the case registered a moment ago is on the first page, wherever other cases are.
        new Select(browser.waitFor(By.id("filter-sort"))).selectByVisibleText("Nieuwste eerst");
        browser.click(By.xpath("//button[text()='Filteren']"));
        browser.waitFor(By.cssSelector("tr[data-case-id='" + caseId + "']"));
        browser.assertAccessible("caseload");

        browser.click(By.linkText("Huishouden " + surname));
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        browser.waitForText(By.id("case-status"), "Aangemeld");
        browser.click(tab("Huishouden"));
        assertThat(browser.waitFor(By.id("leden")).getText()).contains("Ali " + surname).contains("ouder");

        // The form for a new note opens on request; an empty note is refused in the browser, with the message at
        // the field and in the summary.
        browser.click(tab("Journaal"));
        browser.click(By.xpath("//button[text()='Nieuwe notitie']"));
        browser.click(By.xpath("//button[text()='Notitie toevoegen']"));
        browser.waitFor(By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("journal-text-error")).getText()).contains("Schrijf de notitie");
        assertThat(browser.waitFor(By.id("journal-text")).getAttribute("aria-invalid")).isEqualTo("true");

        String note = "Kennismaking bij " + surname + " thuis";
        browser.type("journal-text", note);
        new Select(browser.waitFor(By.id("journal-domain"))).selectByVisibleText("Schulden");
        browser.click(By.xpath("//label[normalize-space()='Ali " + surname + "']"));
        browser.click(By.xpath("//button[text()='Notitie toevoegen']"));
        browser.waitForTextOrFail(By.cssSelector(".wr-entries"), note, By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.cssSelector(".wr-entries li")).getText()).contains("Schulden")
                .contains("Over: Ali " + surname);
        browser.assertAccessible("case page");

        browser.click(tab("Overzicht"));
        browser.click(By.xpath("//button[text()='Naar intake']"));
        browser.waitForText(By.id("confirm-status-form"), "De termijn verandert");
        browser.click(By.xpath("//button[text()='Naar intake bevestigen']"));
        browser.waitForTextOrFail(By.id("case-status"), "Intake", By.cssSelector("[role=alert]"));
        browser.click(tab("Tijdlijn"));
        browser.waitForText(By.id("tijdlijn"), "Aangemeld → Intake");

        JsonObject caseFile = get(fatima, caseId);
        assertThat(caseFile.getString("status")).isEqualTo("INTAKE");
        Api.Response journal = fatima.get("/api/v1/cases/" + caseId + "/journal");
        assertThat(journal.body()).contains(note);
    }

    @Test
    void teamLeadReassignsTwoCasesInOneAction() {
        Api sanne = Api.as("sanne");
        String first = caseOf(sanne, "team", register(sanne, "Herverdeel" + UUID.randomUUID().toString().substring(0, 6)));
        String second = caseOf(sanne, "team", register(sanne, "Herverdeel" + UUID.randomUUID().toString().substring(0, 6)));
        assertThat(get(sanne, first).containsKey("regisseurId")).isFalse();

        browser.logIn("sanne");
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.open("/#/zaken");
        browser.waitForText(By.tagName("h1"), "Zaken");
        assertThat(browser.waitFor(By.xpath("//button[text()='Teamzaken']")).getAttribute("aria-pressed"))
                .isEqualTo("true");
        new Select(browser.waitFor(By.id("filter-sort"))).selectByVisibleText("Nieuwste eerst");
        new Select(browser.waitFor(By.id("filter-wijk"))).selectByValue("WK047901");
        browser.click(By.xpath("//button[text()='Filteren']"));

        browser.click(By.id("select-" + first));
        browser.click(By.id("select-" + second));
        assertThat(browser.waitFor(By.id("reassign-heading")).getText()).contains("(2)");
        browser.assertAccessible("team caseload with selection");

        new Select(browser.waitFor(By.id("reassign-to"))).selectByVisibleText("Fatima el Amrani");
        browser.click(By.xpath("//button[text()='Toewijzen']"));
        browser.waitForText(By.id("reassign-confirm"), "2 zaken opnieuw toewijzen aan Fatima el Amrani?");
        browser.click(By.xpath("//button[text()='Ja, toewijzen']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "2 zaken toegewezen aan Fatima el Amrani",
                By.cssSelector("[role=alert]"));
        browser.waitForText(regisseurCell(first), "Fatima el Amrani");
        browser.waitForText(regisseurCell(second), "Fatima el Amrani");

        assertThat(get(sanne, first).getString("regisseurId")).isEqualTo("fatima");
        assertThat(get(sanne, second).getString("regisseurId")).isEqualTo("fatima");
    }

    /** A tab of the case page, by its label. */
    static By tab(String label) {
        return By.xpath("//nav[@aria-label='Onderdelen van de zaak']//a[normalize-space()='" + label + "']");
    }

    private static By regisseurCell(String caseId) {
        return By.cssSelector("tr[data-case-id='" + caseId + "'] .wr-regisseur");
    }

    /** Registers a household with one parent called Ali and the surname; returns its id. */
    private static String register(Api api, String surname) {
        Api.Response created = api.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":7,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ali","surname":"%s","dateOfBirth":"1984-03-02","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }

    /** The id of the household's open case, found in the caseload (newest first) of the user. */
    private static String caseOf(Api api, String scope, String householdId) {
        for (int page = 0; page < 5; page++) {
            Api.Response list = api.get("/api/v1/cases?scope=" + scope + "&sort=opened&size=100&page=" + page);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            for (var item : list.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (householdId.equals(item.getString("householdId"))) {
                    return item.getString("id");
                }
            }
        }
        throw new AssertionError("no open case for household " + householdId + " in the " + scope + " caseload");
    }

    private static JsonObject get(Api api, String caseId) {
        Api.Response response = api.get("/api/v1/cases/" + caseId);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
