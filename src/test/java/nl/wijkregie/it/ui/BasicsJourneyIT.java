package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Cases;
import nl.wijkregie.it.Households;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * "Basis op orde" in the browser: a professional records that eviction threatens, the panel turns red with its reason
 * and the team gets the task; she records that the housing is stable again, the task ends and the panel turns green;
 * the team lead's view lists the household while it is red. Accessible (axe) at each step.
 */
class BasicsJourneyIT {

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
    void recordFactsSeeThePanelTurnRedWithItsReasonEndTheTaskAndSeeItTurnGreen() {
        Api fatima = Api.as("fatima");
        String surname = "Basisreis" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = fatima.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":7,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ali","surname":"%s","dateOfBirth":"1984-03-02","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname));
        String householdId = created.json().getString("id");
        String caseId = Cases.caseOfHousehold(fatima, householdId).getString("id");
        By wonen = By.cssSelector("#basis-op-orde li[data-dimension='HOUSING']");

        browser.logIn("fatima");
        browser.waitForText(By.tagName("h1"), "Zaken");
        browser.open("/#/zaken/" + caseId);
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        browser.waitForText(wonen, "onbekend");

        browser.click(By.xpath("//button[text()='Feiten vastleggen']"));
        new Select(browser.waitFor(By.id("basics-housing"))).selectByVisibleText("Dreigende uitzetting");
        new Select(browser.waitFor(By.id("basics-source"))).selectByVisibleText("Bewoner");
        browser.click(By.xpath("//button[text()='Feiten opslaan en toetsen']"));
        browser.waitForTextOrFail(wonen, "niet op orde", By.cssSelector("[role=alert]"));
        assertThat(browser.waitFor(wonen).getText()).contains("Dreigende uitzetting");
        assertThat(browser.waitFor(wonen).getAttribute("class")).contains("wr-basics--not-in-order");
        browser.waitForText(By.id("basis-op-orde"), "Basis op orde brengen");
        assertThat(basicsTaskOpen(fatima, caseId)).isTrue();
        browser.click(By.cssSelector("#basis-op-orde li[data-dimension='HOUSING'] summary"));
        browser.waitForText(wonen, "Woonsituatie: dreigende uitzetting");
        browser.assertAccessible("basics panel, not in order");

        browser.open("/#/taken");
        browser.waitForText(By.tagName("main"), "Basis op orde brengen");

        Browser lead = teamLead();
        try {
            lead.open("/#/basis-op-orde");
            lead.waitForText(By.tagName("main"), "Huishouden " + surname);
            lead.assertAccessible("basics overview");
        } finally {
            lead.close();
        }

        browser.open("/#/zaken/" + caseId);
        browser.click(By.xpath("//button[text()='Feiten vastleggen']"));
        new Select(browser.waitFor(By.id("basics-housing"))).selectByVisibleText("Stabiel");
        new Select(browser.waitFor(By.id("basics-source"))).selectByVisibleText("Document");
        browser.click(By.xpath("//button[text()='Feiten opslaan en toetsen']"));
        browser.waitFor(By.cssSelector("#basis-op-orde li[data-dimension='HOUSING'][data-outcome='IN_ORDER']"));
        assertThat(browser.waitFor(wonen).getAttribute("class")).contains("wr-basics--in-order");
        assertThat(browser.waitFor(wonen).getText()).contains("op orde").doesNotContain("niet op orde");
        assertThat(browser.waitFor(wonen).getText()).contains("Stabiele, passende woning");
        assertThat(basicsTaskOpen(fatima, caseId)).as("the task ended with the check 'op orde'").isFalse();
        browser.assertAccessible("basics panel, in order");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private static Browser teamLead() {
        try {
            Browser lead = new Browser();
            lead.logIn("sanne");
            lead.waitForText(By.tagName("h1"), "Dashboard");
            return lead;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean basicsTaskOpen(Api api, String caseId) {
        JsonArray tasks = api.get("/api/v1/tasks?size=100&subject=" + caseId).json().getJsonArray("items");
        return tasks.getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> caseId.equals(t.getString("subjectId", null))
                        && "Basis op orde brengen".equals(t.getString("name")));
    }
}
