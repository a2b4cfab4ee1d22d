package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Referrals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 17's screens: the administrator keeps the waiting norms (Beheer → Wachttijdnormen), a professional records a
 * bridging check-in on the case's referrals tab, and the team lead opens the referrals behind a waiting-time cell of
 * the dashboard and reaches the case. Accessible (axe) and without codes at each step.
 */
class WaitingListFollowUpJourneyIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

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
    void administratorAddsAndChangesANorm() {
        browser.logIn("anouk");
        browser.click(By.linkText("Beheer"));
        browser.waitForText(By.id("wachttijdnormen"), "Wachttijdnormen (");
        new Select(browser.waitFor(By.id("norm-new-target"))).selectByValue("13");
        browser.type("norm-new-days", "42");
        browser.type("norm-new-warning", "42");
        browser.type("norm-new-checkin", "14");
        browser.type("norm-new-source", "Regionale afspraak woonvoorzieningen");
        browser.click(By.xpath("//button[normalize-space()='Norm toevoegen']"));
        browser.waitForText(By.id("wachttijdnormen"), "De waarschuwing valt vóór het verstrijken van de norm");
        browser.assertAccessible("norm form with an error");

        browser.type("norm-new-warning", "28");
        browser.click(By.xpath("//button[normalize-space()='Norm toevoegen']"));
        browser.waitForText(By.id("wachttijdnormen"), "De norm voor Woonvoorzieningen is toegevoegd.");
        browser.waitForText(By.id("normen-caption"), "Wachttijdnormen");
        browser.waitForText(By.id("wachttijdnormen"), "42 dagen (6 weken)");
        browser.waitForText(By.id("wachttijdnormen"), "door Anouk de Graaf");

        browser.click(By.xpath("//button[contains(normalize-space(), 'Wijzigen: Woonvoorzieningen')]"));
        browser.type("norm-edit-days", "49");
        browser.click(By.xpath("//button[normalize-space()='Opslaan']"));
        browser.waitForText(By.id("wachttijdnormen"), "49 dagen (7 weken)");
        browser.assertAccessible("waiting norms");
        // Beheer shows accounts by login name elsewhere (teams); the norms section shows none and no codes
        assertThat(browser.driver().findElement(By.id("wachttijdnormen")).getText())
                .doesNotContain("anouk", "WIJKTEAM_INTAKE", "WK0479", "JEUGD", "SCHULDEN");
    }

    @Test
    void professionalRecordsABridgingCheckIn() {
        Api fatima = Api.as("fatima");
        JsonObject provider = Referrals.provider("Aanbieder Overbrugreis");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        LocalDate today = LocalDate.now(ZONE);
        String referralId = Referrals.create(fatima, caseFile, "WMO", "02", provider.getString("id"), today, today)
                .json().getString("id");

        browser.logIn("fatima");
        browser.open("/#/zaken/" + caseFile.getString("id") + "/verwijzingen");
        browser.waitForText(By.id("verwijzingen"), "Overbruggingscontact vastleggen");
        browser.click(By.xpath("//button[normalize-space()='Overbruggingscontact opslaan']"));
        browser.waitForText(By.id("verwijzingen"), "Geef aan of de situatie veilig is");
        browser.assertAccessible("check-in form with errors");

        new Select(browser.waitFor(By.id("checkin-" + referralId + "-safe"))).selectByVisibleText("Nee");
        new Select(browser.waitFor(By.id("checkin-" + referralId + "-interim"))).selectByVisibleText("Ja");
        browser.click(By.xpath("//button[normalize-space()='Overbruggingscontact opslaan']"));
        browser.waitForText(By.id("verwijzingen"), "De teamleider heeft een taak gekregen");
        browser.waitForText(By.id("verwijzingen"), "situatie niet veilig, overbruggingszorg nodig (Fatima el Amrani)");
        browser.assertAccessible("referral with a check-in");
        browser.assertNoLoginNamesOrRawCodes("referral with a check-in");
        assertThat(Api.as("sanne").get("/api/v1/tasks?size=100&subject=" + referralId).body())
                .contains("unsafeWhileWaiting");
    }

    @Test
    void teamLeadOpensTheReferralsBehindAWaitingTimeCell() {
        Api fatima = Api.as("fatima");
        JsonObject provider = Referrals.provider("Aanbieder Doorklikreis");
        JsonObject caseFile = Referrals.caseWithMember(fatima, Households.randomBsn());
        LocalDate today = LocalDate.now(ZONE);
        String referralId = Referrals.create(fatima, caseFile, "WMO", "05", provider.getString("id"),
                today.minusDays(40), today.minusDays(30)).json().getString("id");
        assertThat(Referrals.step(fatima, referralId, "CARE_STARTED", today.minusDays(2)).status()).isEqualTo(200);

        browser.logIn("sanne");
        browser.waitForText(By.tagName("h1"), "Dashboard");
        browser.click(By.xpath("//button[contains(., 'Verwijzingen tonen') and contains(., 'Aanbieder Doorklikreis')]"));
        browser.waitForText(By.id("doorklik-titel"), "Aanbieder Doorklikreis");
        browser.waitForText(By.id("doorklik-caption"), "1 verwijzing,");
        browser.assertAccessible("referrals behind a waiting-time cell");
        browser.assertNoLoginNamesOrRawCodes("referrals behind a waiting-time cell");
        browser.click(By.cssSelector(".wr-drilldown a"));
        browser.waitForText(By.id("verwijzingen"), "Woondiensten bij Aanbieder Doorklikreis");
        assertThat(browser.driver().getCurrentUrl()).contains(caseFile.getString("id"));
    }
}
