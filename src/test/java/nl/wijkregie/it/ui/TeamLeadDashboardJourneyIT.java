package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Cases;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Referrals;
import nl.wijkregie.it.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The team lead lands on the dashboard, sees a task over its deadline per clock (the controllable clock moves ten
 * days on, past the "Basis op orde brengen" deadline), clicks its bar and reaches the case through the filtered task
 * list. A professional opens the provider board and the case's referrals tab. Accessible (axe) at each step.
 */
class TeamLeadDashboardJourneyIT {

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
    void teamLeadLandsOnTheDashboardAndDrillsDownFromAnOverdueBarToTheCase() {
        Api fatima = Api.as("fatima");
        Api anouk = Api.as("anouk");
        String surname = "Dashboard" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response created = fatima.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":7,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ada","surname":"%s","dateOfBirth":"1980-03-02","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname));
        String caseId = Cases.caseOfHousehold(fatima, created.json().getString("id")).getString("id");
        assertThat(fatima.post("/api/v1/cases/" + caseId + "/basics/facts",
                "{\"housing\": {\"source\": \"RESIDENT\", \"situation\": \"EVICTION_THREATENED\"}}").status())
                .isEqualTo(201);
        try {
            assertThat(anouk.put("/api/v1/devtools/clock?offsetSeconds=" + Duration.ofDays(10).toSeconds(), "")
                    .status()).isEqualTo(200);

            browser.logIn("sanne");
            browser.waitForText(By.tagName("h1"), "Dashboard");
            browser.waitFor(By.cssSelector("[data-overdue=basisOpOrdeBrengen]"));
            browser.assertAccessible("team lead dashboard");
            browser.assertNoLoginNamesOrRawCodes("team lead dashboard");

            List<String> kinds = browser.driver().findElements(By.cssSelector("[data-overdue]")).stream()
                    .map(link -> link.getAttribute("data-overdue")).toList();
            List<WebElement> bars = browser.driver().findElements(By.cssSelector(".recharts-bar-rectangle"));
            assertThat(bars).hasSameSizeAs(kinds);
            bars.get(kinds.indexOf("basisOpOrdeBrengen")).click();

            browser.waitForText(By.tagName("h1"), "Werkvoorraad");
            Signals.await("the task list filtered on overdue basics tasks", Duration.ofSeconds(20),
                    () -> browser.driver().getCurrentUrl().contains("soort=basisOpOrdeBrengen")
                            && browser.driver().getCurrentUrl().contains("telaat=ja"));
            browser.click(By.partialLinkText(surname));
            browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
            assertThat(browser.driver().getCurrentUrl()).contains(caseId);
            browser.assertAccessible("case reached from the dashboard");
        } finally {
            anouk.put("/api/v1/devtools/clock?offsetSeconds=0", "");
        }
    }

    @Test
    void professionalSeesTheProviderBoardAndTheReferralsOfACase() {
        Api fatima = Api.as("fatima");
        var provider = Referrals.provider("Aanbieder Bordreis");
        var caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"), null, null);

        browser.logIn("fatima");
        browser.click(By.linkText("Wachttijden"));
        browser.waitForText(By.tagName("h1"), "Wachttijden per aanbieder");
        browser.assertAccessible("provider board");

        browser.open("/#/zaken/" + caseFile.getString("id") + "/verwijzingen");
        browser.waitForText(By.id("verwijzingen"), "Begeleiding bij Aanbieder Bordreis");
        browser.assertAccessible("referrals tab");
        browser.assertNoLoginNamesOrRawCodes("referrals tab");
    }
}
