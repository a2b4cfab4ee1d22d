package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Finding a household by name or BSN, the administrator's view of who accessed a resident's data, and the
 * administrator registering a signal partner.
 */
class SearchAndAdminJourneyIT {

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
    void professionalFindsAHouseholdByNameAndByBsn() {
        String surname = "Zoekmij" + UUID.randomUUID().toString().substring(0, 6);
        String bsn = Households.randomBsn();
        register(surname, bsn);

        browser.logIn("fatima");
        browser.click(By.linkText("Huishoudens"));
        browser.waitForText(By.tagName("h1"), "Huishoudens");

        browser.type("household-search", surname.toLowerCase());
        browser.click(By.xpath("//button[text()='Zoeken']"));
        browser.waitForText(By.id("households-caption"), "naam");
        browser.waitFor(By.linkText("Huishouden " + surname));
        browser.waitForCount(By.cssSelector("table tbody tr"), 1);
        browser.assertAccessible("household search results");

        browser.type("household-search", "123456789");
        browser.click(By.xpath("//button[text()='Zoeken']"));
        assertThat(browser.waitFor(By.id("household-search-error")).getText()).contains("elfproef");

        browser.type("household-search", bsn);
        browser.click(By.xpath("//button[text()='Zoeken']"));
        browser.waitForText(By.id("households-caption"), "BSN");
        browser.waitFor(By.linkText("Huishouden " + surname));
    }

    @Test
    void adminSeesWhoAccessedAResidentAndCanDownloadIt() {
        String surname = "Inzage" + UUID.randomUUID().toString().substring(0, 6);
        String bsn = Households.randomBsn();
        register(surname, bsn);

        browser.logIn("anouk");
        browser.waitForText(By.tagName("h1"), "Beheer");
        assertThat(browser.waitFor(By.id("teams")).getText()).contains("Zaandam-Oost").contains("fatima");
        assertThat(browser.waitFor(By.id("wijk-WK047901-name")).getAttribute("value")).isNotBlank();

        browser.type("access-subject", bsn);
        browser.click(By.xpath("//button[text()='Opvragen']"));
        browser.waitForTextOrFail(By.id("access-caption"), "Toegang", By.cssSelector("[role=alert]"));
        assertThat(browser.waitFor(By.id("inzage")).getText()).contains("Fatima el Amrani (wijkteamprofessional)")
                .contains("Aangemaakt").contains("keer toegang gevonden");
        assertThat(browser.waitFor(By.linkText("Download CSV")).getAttribute("href"))
                .endsWith("/api/v1/access-log/export?bsn=" + bsn);
        browser.assertAccessible("admin page with access overview");
    }

    @Test
    void adminRegistersASignalPartner() {
        String account = "vitens-" + UUID.randomUUID().toString().substring(0, 6);

        browser.logIn("anouk");
        browser.waitForText(By.tagName("h1"), "Beheer");
        browser.click(By.linkText("Signaalpartners"));
        browser.waitForText(By.id("signaalpartners-caption"), "Geregistreerde signaalpartners");
        browser.click(By.xpath("//button[normalize-space()='Signaalpartner registreren']"));
        assertThat(browser.waitFor(By.id("signaalpartners")).getText()).contains("Vul de naam van de organisatie in");
        browser.assertAccessible("signal partner form with errors");

        browser.type("new-partner-organisation", "Vitens");
        new Select(browser.waitFor(By.id("new-partner-type"))).selectByValue("WATER");
        browser.type("new-partner-account", account);
        browser.click(By.xpath("//button[normalize-space()='Signaalpartner registreren']"));

        browser.waitForTextOrFail(By.id("signaalpartners"), "Signaalpartner Vitens is geregistreerd",
                By.cssSelector("#signaalpartners [role=alert]"));
        browser.waitFor(By.xpath("//input[@value='" + account + "']"));
        browser.assertAccessible("signal partners");
    }

    @Test
    void adminSeesRefusedAttemptsInDutch() {
        String householdId = Households.register(Api.as("fatima"));
        assertThat(Api.as("pieter").get("/api/v1/households/" + householdId).status()).isEqualTo(404);

        browser.logIn("anouk");
        browser.waitForText(By.tagName("h1"), "Beheer");
        browser.waitFor(By.id("weigeringen"));
        browser.type("refusals-user", "pieter");
        browser.click(By.xpath("//button[text()='Filteren']"));
        browser.waitForText(By.id("refusals-caption"), "Geweigerde toegang");
        browser.waitFor(By.xpath("//section[@id='weigeringen']//td[contains(., '/api/v1/households/" + householdId
                + "')]"));
        String section = browser.waitFor(By.id("weigeringen")).getText();
        assertThat(section).contains("pieter").contains("Buiten eigen team").doesNotContain("OUT_OF_SCOPE");

        browser.type("refusals-user", "");
        browser.setValue("refusals-from", "2026-03-02");
        browser.setValue("refusals-to", "2026-03-01");
        browser.click(By.xpath("//button[text()='Filteren']"));
        assertThat(browser.waitFor(By.id("refusals-to-error")).getText()).contains("einddatum");
        browser.assertAccessible("admin page with refused attempts");
        browser.assertNoContentSecurityPolicyViolations();
    }

    private static void register(String surname, String bsn) {
        Api.Response created = Api.as("fatima").post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":9,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Noor","surname":"%s","dateOfBirth":"1990-05-06","bsn":"%s","role":"PARENT"}]}
                """.formatted(Households.uniqueStreet(), surname, bsn));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
}
