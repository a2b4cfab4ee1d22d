package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Cases;
import nl.wijkregie.it.Households;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Zelfredzaamheid in the browser: a professional records an assessment of a member and sees it in the trend chart and
 * its table, next to an older, outdated one; the page is axe clean on a desktop and at 390 px.
 */
class AssessmentJourneyIT {

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
    void professionalRecordsAnAssessmentAndSeesTheTrend() {
        Api fatima = Api.as("fatima");
        String surname = "Meting" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = fatima.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":3,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ali","surname":"%s","dateOfBirth":"1984-03-02","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonObject caseFile = Cases.caseOfHousehold(fatima, created.json().getString("id"));
        String caseId = caseFile.getString("id");
        String memberId = created.json().getJsonArray("members").getJsonObject(0).getString("id");
        Api.Response old = fatima.post("/api/v1/cases/" + caseId + "/assessments", """
                {"memberId": "%s", "assessedOn": "%s", "moment": "INTAKE",
                 "scores": [{"domain": "FINANCES", "score": 1}]}""".formatted(memberId,
                LocalDate.now().minusDays(45)));
        assertThat(old.status()).as(old.toString()).isEqualTo(201);

        browser.logIn("fatima");
        browser.open("/#/zaken/" + caseId + "/zelfredzaamheid");
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        browser.waitForText(By.id("zelfredzaamheid"), "verouderd");

        // Nothing scored: refused in the browser, with the message in the summary.
        browser.click(By.xpath("//button[text()='Zelfredzaamheid meten']"));
        browser.click(By.xpath("//button[text()='Meting vastleggen']"));
        browser.waitForText(By.cssSelector(".wr-error-summary"), "Geef op minstens één leefgebied een score");

        new Select(browser.waitFor(By.id("assessment-moment"))).selectByVisibleText("Tussentijds");
        new Select(browser.waitFor(By.id("assessment-score-FINANCES"))).selectByValue("3");
        new Select(browser.waitFor(By.id("assessment-carrier-FINANCES"))).selectByVisibleText("Professionele hulp");
        new Select(browser.waitFor(By.id("assessment-score-SOCIAL_NETWORK"))).selectByValue("4");
        browser.type("assessment-note", "Zus helpt met de post");
        browser.click(By.xpath("//button[text()='Meting vastleggen']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "is vastgelegd", By.cssSelector(".wr-error-summary"));

        String table = browser.waitFor(By.cssSelector(".wr-assessment-table")).getText();
        assertThat(table).contains("Financiën").contains("3 (Professionele hulp)").contains("Sociaal netwerk")
                .contains("Tussentijds").contains("verouderd").contains("+2");
        assertThat(browser.waitFor(By.cssSelector(".wr-assessment-notes")).getText())
                .contains("Zus helpt met de post");
        browser.waitForCount(By.cssSelector(".wr-assessment-chart .recharts-line"), 2);
        assertThat(browser.waitFor(By.cssSelector(".wr-assessment-chart .recharts-legend-wrapper")).getText())
                .contains("Financiën").contains("Sociaal netwerk");
        assertThat(browser.driver().findElements(By.cssSelector(".wr-assessment-chart .recharts-reference-area")))
                .as("the outdated period is shaded").isNotEmpty();
        browser.assertAccessible("case page with assessments");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.waitFor(By.cssSelector(".wr-assessment-table"));
        browser.assertAccessible("case page with assessments at 390 px");
        long pageWidth = (Long) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(pageWidth).as("no sideways scrolling of the page").isLessThanOrEqualTo(390);
        browser.assertNoContentSecurityPolicyViolations();

        Api.Response list = fatima.get("/api/v1/cases/" + caseId + "/assessments?memberId=" + memberId);
        assertThat(list.json().getJsonArray("items")).hasSize(2);
    }
}
