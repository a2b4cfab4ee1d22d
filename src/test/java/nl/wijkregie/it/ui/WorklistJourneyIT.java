package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Signals;
import nl.wijkregie.it.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14 in the browser: the task list with a filter, the signal inbox paged beyond 300 with its true total,
 * linking a signal at an unknown address to a household found by search, notes and an assignee on a signal case,
 * a confirmation before closing, a dated contact attempt that says in Dutch what is wrong, and the lists as cards on
 * a phone. Each page is checked with axe at desktop width and at 390 px, and for login names and raw codes.
 */
class WorklistJourneyIT {

    private static final String TEAM_OOST = "7c1e6a4e-0000-4000-8000-000000000001";
    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        browser.close();
    }

    private void assertAccessibleAtBothWidths(String page) {
        browser.assertAccessible(page + " (desktop)");
        browser.resize(390, 844);
        browser.assertAccessible(page + " (390 px)");
        browser.resize(1280, 900);
    }

    /** No login name, enum constant or wijk code in what the page shows. */
    private void assertNoRawCodes(String text, String... loginNames) {
        assertThat(text).doesNotContainPattern("\\bWK\\d{6}\\b").doesNotContainPattern("\\b[A-Z]{3,}_[A-Z_]+\\b")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        for (String login : loginNames) {
            assertThat(text).doesNotContainPattern("\\b" + login + "\\b");
        }
    }

    @Test
    void professionalFiltersHerTaskList() {
        Api fatima = Api.as("fatima");
        String surname = "Werkvoorraad" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", Households.uniquePostcode(),
                9, "Ria", null, surname, "1975-06-06", 150_000, false, "HUISUITZETTING"));
        Households.register(fatima);

        browser.logIn("fatima");
        browser.click(By.linkText("Werkvoorraad"));
        browser.waitForText(By.tagName("h1"), "Werkvoorraad");
        browser.waitForText(By.id("tasks-caption"), "Open taken van je team");
        new Select(browser.waitFor(By.id("filter-kind"))).selectByVisibleText("Contact leggen");
        browser.click(By.xpath("//button[text()='Filteren']"));
        Signals.await("the filtered task list", java.time.Duration.ofSeconds(20), () -> {
            try {
                return browser.driver().getCurrentUrl().contains("soort=makeContact")
                        && !browser.waitFor(By.tagName("tbody")).getText().contains("Intake plannen");
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return false;
            }
        });
        browser.waitForText(By.id("tasks-caption"), "Open taken van je team (");
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr")))
                .allSatisfy(row -> assertThat(row.getText()).contains("Contact leggen"));
        assertThat(browser.waitFor(By.tagName("tbody")).getText()).doesNotContain("Intake plannen")
                .contains("Vroegsignaal");
        assertNoRawCodes(browser.mainText());
        assertAccessibleAtBothWidths("task list filtered on kind");

        browser.open("/#/taken?onderwerp=" + signalCase.getString("id"));
        browser.waitForText(By.tagName("main"), "Alleen de taken over één");
        browser.click(By.partialLinkText("Vroegsignaal"));
        browser.waitForText(By.tagName("h1"), "Signaalzaak");
    }

    @Test
    void theSignalInboxPagesBeyond300WithTheTrueTotal() {
        long open = TestDatabase.count("select count(*) from wijkregie.signal_case where status = 'OPEN'"
                + " and team_id = ?::uuid", TEAM_OOST);
        if (open <= 320) {
            Signals.manyCases(330);
        }
        open = TestDatabase.count("select count(*) from wijkregie.signal_case where status = 'OPEN'"
                + " and team_id = ?::uuid", TEAM_OOST);
        String total = String.format(java.util.Locale.GERMANY, "%,d", open);

        browser.logIn("fatima");
        browser.open("/#/signalen?pagina=7");
        browser.waitForText(By.id("signals-caption"), "(" + total + ")");
        assertThat(browser.waitFor(By.tagName("main")).getText()).contains("Pagina 7 van");
        assertThat(browser.driver().findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        browser.click(By.xpath("//button[text()='Vorige']"));
        browser.waitForText(By.tagName("main"), "Pagina 6 van");
        assertNoRawCodes(browser.mainText(), "fatima");
        assertAccessibleAtBothWidths("signal inbox page 6");

        browser.resize(390, 844);
        WebElement amount = browser.waitFor(By.cssSelector("tbody tr td[data-label='Bedrag']"));
        assertThat(amount.getRect().getX() + amount.getRect().getWidth()).isLessThanOrEqualTo(390);
        assertThat(amount.getCssValue("display")).isEqualTo("block");
        browser.resize(1280, 900);
    }

    @Test
    void professionalLinksAnUnknownAddressToAHouseholdFoundBySearch() {
        Api fatima = Api.as("fatima");
        String surname = "Koppel" + UUID.randomUUID().toString().substring(0, 6);
        String householdId = fatima.post("/api/v1/households", Households.json(Households.uniqueStreet(), "Kim",
                null, surname, "1990-01-01", null)).json().getString("id");
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 3, surname));
        JsonObject other = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 4, "Ander" + surname));
        assertThat(signalCase.getString("matchStatus")).isEqualTo("UNKNOWN");

        browser.logIn("fatima");
        browser.open("/#/signalen/" + signalCase.getString("id"));
        browser.waitForText(By.id("huishouden"), "Onbekend adres");
        assertAccessibleAtBothWidths("signal case at an unknown address");

        browser.type("note-text", "Niemand thuis, briefje achtergelaten");
        browser.click(By.xpath("//button[text()='Notitie opslaan']"));
        browser.waitForText(By.cssSelector("[role=status]"), "De notitie is opgeslagen.");
        browser.waitForText(By.id("notities"), "Niemand thuis, briefje achtergelaten");
        browser.waitForText(By.id("notities"), "Fatima el Amrani");
        assertThat(browser.waitFor(By.id("notities")).getText()).doesNotContain("fatima");

        browser.type("link-search", surname);
        browser.click(By.xpath("//form[@role='search']//button[text()='Zoeken']"));
        browser.click(By.xpath("//li[contains(., 'Huishouden " + surname + "')]//button[starts-with(., 'Koppelen')]"));
        browser.waitForText(By.cssSelector("[role=status]"), "Het huishouden is gekoppeld.");
        browser.waitForText(By.id("huishouden"), "Gekoppeld aan huishouden");
        assertThat(Signals.signalCase(fatima, signalCase.getString("id")).getString("householdId"))
                .isEqualTo(householdId);

        browser.open("/#/signalen/" + other.getString("id"));
        browser.waitForText(By.id("huishouden"), "Onbekend adres");
        assertThat(browser.driver().findElements(By.cssSelector("[role=status]")).stream()
                .map(WebElement::getText).toList()).noneMatch(text -> text.contains("gekoppeld"));

        browser.setValue("attempt-date", "");
        browser.click(By.xpath("//button[text()='Contactpoging vastleggen']"));
        assertThat(browser.waitFor(By.id("attempt-date-error")).getText()).contains("dd-mm-jjjj");
        assertThat(browser.mainText()).doesNotContain("JSON");
        String today = browser.waitFor(By.id("attempt-date")).getAttribute("value");
        assertThat(today).isEmpty();
        browser.type("attempt-date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        browser.click(By.cssSelector("label[for=attempt-reached]"));
        browser.click(By.xpath("//button[text()='Contactpoging vastleggen']"));
        browser.waitForText(By.id("contactpogingen"), "Telefoon, bereikt");
        browser.waitForText(By.id("contactpogingen"), "Fatima el Amrani");
        assertThat(browser.waitFor(By.id("contactpogingen")).getText()).doesNotContain("fatima");

        new Select(browser.waitFor(By.id("end-result")))
                .selectByVisibleText("Inwoner hoeft geen hulp vanuit vroegsignalering");
        browser.click(By.xpath("//button[text()='Afsluiten']"));
        browser.waitForText(By.id("close-confirm-text"), "Weet je zeker");
        browser.click(By.xpath("//button[text()='Annuleren']"));
        assertThat(Signals.signalCase(fatima, other.getString("id")).getString("status")).isEqualTo("OPEN");
        browser.click(By.xpath("//button[text()='Afsluiten']"));
        browser.click(By.xpath("//button[text()='Ja, afsluiten']"));
        browser.waitForText(By.tagName("main"), "Afgesloten: Inwoner hoeft geen hulp vanuit vroegsignalering");
    }

    @Test
    void professionalRegistersTheHouseholdOfAnUnknownAddressFromTheSignal() {
        Api fatima = Api.as("fatima");
        String surname = "Nieuw" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject signalCase = Signals.receive(fatima, Signals.plain(Households.uniquePostcode(), 7, surname));

        browser.logIn("fatima");
        browser.open("/#/signalen/" + signalCase.getString("id"));
        browser.waitForText(By.id("huishouden"), "Onbekend adres");
        browser.click(By.partialLinkText("Registreer het huishouden"));
        browser.waitForText(By.tagName("h1"), "Nieuw huishouden");
        browser.waitForText(By.tagName("main"), "De gegevens komen uit het signaal");
        Signals.await("the form filled in from the signal", java.time.Duration.ofSeconds(20),
                () -> surname.equals(browser.waitFor(By.id("member-0-surname")).getAttribute("value")));
        assertThat(browser.waitFor(By.id("member-0-dateOfBirth")).getAttribute("value")).isEqualTo("03-02-1985");
        assertThat(browser.waitFor(By.id("street")).getAttribute("value")).isEqualTo("Signaalstraat");
        assertAccessibleAtBothWidths("new household from a signal");
        if (browser.waitFor(By.id("wijkCode")).getAttribute("value").isEmpty()) {
            new Select(browser.waitFor(By.id("wijkCode"))).selectByVisibleText("Poelenburg");
        }
        browser.click(By.xpath("//button[text()='Opslaan']"));

        browser.waitForTextOrFail(By.id("huishouden"), "Gekoppeld aan huishouden", By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("huishouden")).getText()).contains("Huishouden " + surname);
        assertThat(Signals.signalCase(fatima, signalCase.getString("id")).getString("matchStatus"))
                .isEqualTo("MATCHED");
    }
}
