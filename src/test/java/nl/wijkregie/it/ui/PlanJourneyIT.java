package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Cases;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The eigen regie plan in the browser: a professional drafts a plan with a goal and an action for a network person,
 * records the household's agreement, the clock passes the evaluation date, and she evaluates; axe clean throughout.
 */
class PlanJourneyIT {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
        Api.as("anouk").put("/api/v1/devtools/clock?offsetSeconds=0", "");
    }

    @Test
    void professionalDraftsAgreesAndEvaluatesAPlan() {
        Api fatima = Api.as("fatima");
        String surname = "Plan" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = fatima.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":5,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ayla","surname":"%s","dateOfBirth":"1986-05-04","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String caseId = Cases.caseOfHousehold(fatima, created.json().getString("id")).getString("id");

        browser.logIn("fatima");
        browser.open("/#/zaken/" + caseId + "/plan");
        browser.waitForText(By.id("plan"), "Er is nog geen plan geschreven.");

        browser.click(By.xpath("//button[text()='Plan schrijven']"));
        browser.type("plan-goals-0-text", "Wij openen elke week samen de post");
        new Select(browser.waitFor(By.id("plan-regisseur-userId"))).selectByIndex(1);
        browser.click(By.xpath("//button[text()='Actie toevoegen']"));
        browser.type("plan-actions-0-text", "Oma Riet haalt de kinderen op woensdag");
        new Select(browser.waitFor(By.id("plan-actions-0-carrier-kind"))).selectByValue("NETWORK");
        browser.type("plan-actions-0-carrier-name", "Oma Riet");
        browser.type("plan-actions-0-carrier-relation", "grootmoeder");
        browser.type("plan-nextEvaluationOn", LocalDate.now().plusDays(7).format(DUTCH));
        browser.click(By.xpath("//button[text()='Plan opslaan']"));
        browser.waitForTextOrFail(By.id("plan"), "Concept (versie 1, nog niet vastgesteld)",
                By.cssSelector(".wr-error-summary"));
        String draft = browser.waitFor(By.id("plan")).getText();
        assertThat(draft).contains("Wat het netwerk doet").contains("Oma Riet (grootmoeder)")
                .contains("Nog niet gevraagd");
        browser.assertAccessible("plan tab with a draft");

        new Select(browser.waitFor(By.id("plan-memberId"))).selectByIndex(1);
        new Select(browser.waitFor(By.id("plan-agrees"))).selectByValue("ja");
        browser.click(By.xpath("//button[text()='Akkoord vastleggen']"));
        browser.waitForTextOrFail(By.id("plan"), "Het plan (versie 1, vastgesteld)",
                By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("plan")).getText()).contains("Akkoord op").contains("over 7 dagen");
        assertThat(Cases.get(fatima, caseId).getString("status")).isEqualTo("UITVOERING");
        browser.assertAccessible("plan tab with the plan in force");
        browser.assertNoLoginNamesOrRawCodes("plan tab");

        Api anouk = Api.as("anouk");
        assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(8).toSeconds(), "").status())
                .isEqualTo(200);
        Signals.await("the evaluation timer", Duration.ofSeconds(90),
                () -> "EVALUATION".equals(fatima.get("/api/v1/cases/" + caseId + "/plan").json().getString("phase")));
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("plan"), "Plan evalueren");
        new Select(browser.waitFor(By.id("plan-result-0"))).selectByVisibleText("Deels bereikt");
        new Select(browser.waitFor(By.id("plan-withoutHelp"))).selectByValue("nee");
        new Select(browser.waitFor(By.id("plan-problemsReduced"))).selectByValue("ja");
        new Select(browser.waitFor(By.id("plan-goalsReached"))).selectByValue("nee");
        new Select(browser.waitFor(By.id("plan-decision"))).selectByValue("CONTINUE");
        browser.assertAccessible("plan tab with the evaluation form");
        browser.click(By.xpath("//button[text()='Evaluatie vastleggen']"));
        browser.waitForTextOrFail(By.id("plan"), "Evaluatie 1 op", By.cssSelector(".wr-error-summary"));
        JsonObject plan = fatima.get("/api/v1/cases/" + caseId + "/plan").json();
        assertThat(plan.getString("phase")).isEqualTo("EXECUTION");
        assertThat(plan.getJsonArray("evaluations")).hasSize(1);
        browser.assertAccessible("plan tab after the evaluation");
    }
}
