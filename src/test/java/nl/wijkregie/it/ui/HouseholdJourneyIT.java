package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The first journey of a professional: log in, register a household, find it, and find its intake task. */
class HouseholdJourneyIT {

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
    void professionalRegistersAHouseholdAndFindsItsIntakeTask() {
        String surname = "Journey" + UUID.randomUUID().toString().substring(0, 6);

        browser.open("/login");
        browser.waitFor(By.id("j_username"));
        browser.assertAccessible("login");
        browser.logIn("fatima");
        browser.waitForText(By.tagName("h1"), "Zaken");
        browser.click(By.linkText("Huishoudens"));
        browser.waitForText(By.tagName("h1"), "Huishoudens");
        browser.assertAccessible("household list");

        browser.click(By.linkText("Nieuw huishouden"));
        browser.waitForText(By.tagName("h1"), "Nieuw huishouden");
        browser.type("postcode", "15");
        browser.type("member-0-bsn", "123456789");
        browser.click(By.xpath("//button[text()='Opslaan']"));
        browser.waitFor(By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("postcode-error")).getText()).contains("Postcode");
        assertThat(browser.waitFor(By.id("member-0-bsn-error")).getText()).contains("elfproef");
        assertThat(browser.waitFor(By.id("postcode")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.assertAccessible("new household form with errors");

        browser.type("street", "Peperstraat");
        browser.type("houseNumber", "12");
        browser.type("postcode", "1502AB");
        browser.type("town", "Zaandam");
        new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("wijkCode"))).selectByVisibleText("Poelenburg");
        browser.type("member-0-firstName", "Sanne");
        browser.type("member-0-surname", surname);
        browser.setValue("member-0-dateOfBirth", "1985-06-15");
        browser.type("member-0-bsn", "111222333");
        browser.click(By.xpath("//button[text()='Opslaan']"));

        browser.waitForTextOrFail(By.tagName("h1"), "Huishouden " + surname, By.cssSelector(".wr-error-summary"));
        String householdId = browser.driver().getCurrentUrl().replaceFirst(".*#/huishoudens/", "");
        assertThat(browser.driver().getPageSource()).contains("Peperstraat 12").contains("*****2333")
                .doesNotContain("111222333");
        browser.assertAccessible("household page");

        browser.click(By.linkText("Huishoudens"));
        browser.waitFor(By.linkText("Huishouden " + surname));

        browser.click(By.linkText("Werkvoorraad"));
        browser.waitForText(By.tagName("h1"), "Werkvoorraad");
        browser.open("/#/taken?onderwerp=" + householdId);
        browser.waitFor(By.linkText("Huishouden " + surname));
        assertThat(browser.driver().findElement(By.tagName("table")).getText()).contains("Intake plannen");
        browser.assertAccessible("task inbox");
    }

    @Test
    void navigationShowsOnlyWhatTheRoleMayUse() {
        browser.logIn("anouk");
        String menu = browser.waitFor(By.cssSelector("nav[aria-label=Hoofdmenu]")).getText();
        assertThat(menu).contains("Beheer").doesNotContain("Zaken").doesNotContain("Huishoudens").doesNotContain("Werkvoorraad");

        browser.click(By.xpath("//button[text()='Toegangslog controleren']"));
        browser.waitForText(By.cssSelector("[role=status]"), "Toegangslog is intact");
        browser.assertAccessible("admin page");
    }
}
