package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Cases;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14 in the browser: the case page's summary and tabs with their own links, a step back with its reason, and
 * the household page's member, move and BSN screens; each page accessible at desktop width and at 390 px, showing
 * people by name and no codes, ids or ISO dates.
 */
class CaseWorkspaceJourneyIT {

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
    void casePageTabsHaveDeepLinksAndAStepBackAsksForItsReason() {
        Api fatima = Api.as("fatima");
        String surname = "Tabblad" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject caseFile = Cases.walk(fatima, Cases.caseOfHousehold(fatima, register(fatima, surname, null)),
                "INTAKE", "PLAN", "UITVOERING", "EVALUATIE");
        String caseId = caseFile.getString("id");
        fatima.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"Oudste notitie\"}");
        fatima.post("/api/v1/cases/" + caseId + "/journal", "{\"text\": \"Nieuwste notitie\"}");

        browser.logIn("fatima");
        browser.open("/#/zaken/" + caseId + "/journaal");
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        assertThat(browser.waitFor(CaseJourneyIT.tab("Journaal")).getAttribute("aria-current")).isEqualTo("page");
        assertThat(browser.waitFor(By.id("case-number")).getText()).isEqualTo(caseFile.getString("caseNumber"));
        assertThat(browser.waitFor(By.id("case-summary-regisseur")).getText()).isEqualTo("Fatima el Amrani");
        assertThat(browser.waitFor(By.cssSelector(".wr-case-summary")).getText()).contains("Evaluatie")
                .contains("Volgende stap").contains("De termijn van deze fase");
        browser.waitForText(By.cssSelector(".wr-entries"), "Nieuwste notitie");
        assertThat(browser.waitFor(By.cssSelector(".wr-entries li")).getText()).contains("Nieuwste notitie")
                .contains("Fatima el Amrani");
        assertThat(browser.driver().findElements(By.id("journal-text"))).as("the form waits until asked for").isEmpty();
        checkPage("case page, journal");

        for (String label : new String[] {"Huishouden", "Toestemmingen", "Signalen", "Tijdlijn", "Overzicht"}) {
            browser.click(CaseJourneyIT.tab(label));
            browser.waitFor(By.cssSelector("nav.wr-tabs a[aria-current=page]"));
            browser.waitForText(By.cssSelector("nav.wr-tabs a[aria-current=page]"), label);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/#/zaken/" + caseId + "/" + label.toLowerCase());
            checkPage("case page, " + label);
        }
        browser.click(By.linkText("Huishouden " + surname));
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        browser.waitFor(By.linkText("Zaak " + caseFile.getString("caseNumber")));
        browser.driver().navigate().back();

        String reason = "Het gezin wil andere doelen";
        browser.click(By.xpath("//button[text()='Terug naar uitvoering']"));
        browser.waitForText(By.id("confirm-status-due"), "De termijn verandert");
        browser.click(By.xpath("//button[text()='Terug naar uitvoering bevestigen']"));
        assertThat(browser.waitFor(By.id("status-reason-error")).getText()).contains("Geef de reden");
        assertThat(Cases.get(fatima, caseId).getString("status")).isEqualTo("EVALUATIE");
        checkPage("step back without reason");
        browser.type("status-reason", reason);
        browser.click(By.xpath("//button[text()='Terug naar uitvoering bevestigen']"));
        browser.waitForTextOrFail(By.id("case-status"), "Uitvoering", By.cssSelector("[role=alert]"));
        browser.waitForText(By.cssSelector("[role=status]"), "Uiterlijk nu");

        browser.click(CaseJourneyIT.tab("Tijdlijn"));
        browser.waitForText(By.id("tijdlijn"), "Reden: " + reason);
        assertThat(browser.waitFor(By.id("tijdlijn")).getText()).contains("Evaluatie → Uitvoering").contains("Uiterlijk nu")
                .contains("(Fatima el Amrani)");
        assertThat(Cases.get(fatima, caseId).getString("statusReason")).isEqualTo(reason);
    }

    @Test
    void householdPageAddsAMemberEndsAMembershipRecordsAMoveAndRevealsTheBsn() {
        Api fatima = Api.as("fatima");
        String surname = "Verhuis" + UUID.randomUUID().toString().substring(0, 6);
        String bsn = Households.randomBsn();
        String householdId = register(fatima, surname, bsn);
        // Registered a month ago: a move is dated after the current address began.
        TestDatabase.execute("update wijkregie.household_address set valid_from = current_date - 30"
                + " where household_id = ?::uuid", householdId);

        browser.logIn("fatima");
        browser.open("/#/huishoudens/" + householdId);
        browser.waitForText(By.tagName("h1"), "Huishouden " + surname);
        assertThat(browser.waitFor(By.cssSelector(".wr-bsn")).getText()).isEqualTo("*****" + bsn.substring(5));
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(bsn)
                .contains("Poelenburg");
        checkPage("household page");

        browser.click(By.xpath("//button[starts-with(normalize-space(), 'Toon BSN')]"));
        browser.waitForText(By.cssSelector(".wr-bsn"), bsn);

        browser.click(By.xpath("//button[text()='Lid toevoegen']"));
        browser.type("join-firstName", "Mila");
        browser.type("join-surname", surname);
        assertThat(browser.waitFor(By.id("join-joinedOn")).getAttribute("value"))
                .as("a date field reads as dd-mm-jjjj").matches("\\d{2}-\\d{2}-\\d{4}");
        browser.type("join-dateOfBirth", "01-04-2015");
        new Select(browser.waitFor(By.id("join-role"))).selectByVisibleText("kind");
        checkPage("add member form");
        browser.click(By.xpath("//button[text()='Lid opslaan']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "Mila " + surname + " is toegevoegd",
                By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("members-caption")).getText()).contains("(2)");

        browser.click(By.xpath("//button[normalize-space()='Wijzigen (Ali " + surname + ")']"));
        browser.type("change-phone", "0612345678");
        browser.type("change-preferredLanguage", "tr");
        browser.click(By.xpath("//button[text()='Gegevens opslaan']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "zijn opgeslagen", By.cssSelector(".wr-error-summary"));
        assertThat(browser.waitFor(By.id("members-caption")).findElement(By.xpath("ancestor::table")).getText())
                .contains("0612345678").contains("Turks");

        browser.click(By.xpath("//button[normalize-space()='Vertrek vastleggen (Mila " + surname + ")']"));
        browser.click(By.xpath("//form[@id='leave-form']//button[text()='Vertrek vastleggen']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "Het vertrek van Mila", By.cssSelector("[role=alert]"));
        browser.waitForText(By.id("members-caption"), "(1 van 2");

        browser.click(By.xpath("//button[text()='Verhuizing vastleggen']"));
        browser.type("move-street", "Zuiddijk");
        browser.type("move-houseNumber", "40");
        browser.type("move-postcode", "1501 AB");
        new Select(browser.waitFor(By.id("move-wijkCode"))).selectByVisibleText("Peldersveld-Hoornseveld");
        new Select(browser.waitFor(By.id("move-buurtCode"))).selectByVisibleText("Peldersveld");
        checkPage("move form");
        browser.click(By.xpath("//button[text()='Verhuizing opslaan']"));
        browser.waitForTextOrFail(By.cssSelector("[role=status]"), "De verhuizing is vastgelegd",
                By.cssSelector(".wr-error-summary"));
        String history = browser.waitFor(By.id("addresses-caption")).findElement(By.xpath("ancestor::table")).getText();
        assertThat(history).contains("Zuiddijk 40").contains("Peldersveld-Hoornseveld").contains("Poelenburg")
                .contains("nu");
        checkPage("household page after the move");

        JsonObject household = fatima.get("/api/v1/households/" + householdId).json();
        assertThat(household.getJsonObject("address").getString("wijkCode")).isEqualTo("WK047902");
        assertThat(household.getJsonArray("members")).hasSize(2);
    }

    /** Accessible at desktop width and on a phone, and nothing on the page that is not for people. */
    private void checkPage(String page) {
        browser.assertAccessible(page);
        browser.assertNoLoginNamesOrRawCodes(page);
        browser.resize(390);
        browser.assertAccessible(page + " at 390 px");
        browser.resize(1280);
    }

    /** A household in Poelenburg with one parent, Ali; returns its id. */
    private static String register(Api api, String surname, String bsn) {
        Api.Response created = api.post("/api/v1/households", """
                {"address":{"street":"%s","houseNumber":7,"postcode":"1502AB","town":"Zaandam","wijkCode":"WK047901"},
                 "members":[{"firstName":"Ali","surname":"%s","dateOfBirth":"1984-03-02","role":"PARENT"%s}]}
                """.formatted(Households.uniqueStreet(), surname, bsn == null ? "" : ",\"bsn\":\"" + bsn + "\""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getString("id");
    }
}
