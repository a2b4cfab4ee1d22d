package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Referrals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator uploads a file of provider messages, reads the row report, finds the unmatched event (BSN masked)
 * and, once the referral has been entered, matches it again so it is applied.
 */
class ReferralMessagesJourneyIT {

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
    void administratorUploadsMessagesAndMatchesAnUnmatchedOneAgain() throws Exception {
        Api fatima = Api.as("fatima");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        JsonObject provider = Referrals.provider("Aanbieder Scherm");
        String bsn = Households.randomBsn();
        JsonObject caseFile = Referrals.caseWithMember(fatima, bsn);
        Path file = Files.createTempFile("berichten-", ".csv");
        Files.writeString(file, "bericht;bsn;product;agb;datum\n315;%s;45;%s;%s\n315;123456789;45;%s;%s\n"
                .formatted(bsn, provider.getString("agbCode"), today.minusDays(3), provider.getString("agbCode"),
                        today.minusDays(3)));

        browser.logIn("anouk");
        browser.open("/#/beheer");
        browser.waitForText(By.id("berichten-heading"), "Berichten van aanbieders");
        browser.waitFor(By.id("message-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.xpath("//button[text()='Inlezen' and ancestor::section[@id='berichten']]"));
        browser.waitForText(By.cssSelector("#berichten [role=status]"), "0 verwerkt, 0 al bekend, 1 niet gekoppeld,"
                + " 1 afgekeurd");
        browser.waitForText(By.id("message-report-caption"), file.getFileName().toString());
        browser.waitForText(By.id("berichten"), "bsn: geen geldig BSN");
        browser.waitForText(By.id("open-messages-caption"), "Niet gekoppelde berichten");
        String masked = "******" + bsn.substring(6);
        browser.waitForText(By.id("berichten"), masked);
        assertThat(browser.waitFor(By.id("berichten")).getText()).doesNotContain(bsn);
        browser.assertAccessible("referral messages");

        Referrals.create(fatima, caseFile, "JEUGD", "45", provider.getString("id"), today.minusDays(10), null);
        browser.click(By.xpath("//tr[td[text()='" + masked + "']]//button[starts-with(., 'Opnieuw koppelen')]"));
        browser.waitForText(By.id("berichten"), "Het bericht is gekoppeld aan de verwijzing en verwerkt");
        assertThat(Api.as("anouk").get("/api/v1/referral-messages?status=UNMATCHED").body()).doesNotContain(masked);
        Files.delete(file);
    }
}
