package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import nl.wijkregie.it.Api;
import nl.wijkregie.it.Households;
import nl.wijkregie.it.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Early signalling in the browser: a professional finds a signal in the inbox with its countdown, reads why it got
 * its priority, records a contact attempt and closes it; the administrator uploads a monthly list and reads the
 * rejected rows.
 */
class SignalJourneyIT {

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
    void professionalWorksASignalFromTheInboxToItsEndResult() {
        Api fatima = Api.as("fatima");
        String surname = "Signaal" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject signalCase = Signals.receive(fatima, Signals.json("Woonzaam", "HUUR", Households.uniquePostcode(),
                4, "Ria", null, surname, "1975-06-06", 150_000, false, "HUISUITZETTING"));

        browser.logIn("fatima");
        browser.open("/#/signalen?prioriteit=HOOG&termijn=binnenkort");
        browser.waitForText(By.tagName("h1"), "Signalen");
        browser.waitForText(By.id("signals-caption"), "Open signaalzaken");
        assertThat(browser.waitFor(By.xpath("//td[contains(., '" + surname + "')]")).getText())
                .contains(surname);
        assertThat(browser.driver().findElement(By.xpath("//tr[td[contains(., '" + surname + "')]]")).getText())
                .contains("Hoog").contains("Nog 3 werkdagen");
        browser.assertAccessible("signal inbox");

        browser.open("/#/signalen/" + signalCase.getString("id"));
        browser.waitForText(By.tagName("h1"), "Signaalzaak");
        browser.waitForText(By.id("waarom"), "Dreigende huisuitzetting of afsluiting");
        assertThat(browser.waitFor(By.id("signalen")).getText()).contains("Woonzaam").contains(surname);
        browser.assertAccessible("signal case");

        new Select(browser.waitFor(By.id("attempt-kind"))).selectByVisibleText("Huisbezoek");
        browser.click(By.cssSelector("label[for=attempt-reached]"));
        browser.click(By.xpath("//button[text()='Contactpoging vastleggen']"));
        browser.waitForText(By.id("contactpogingen"), "Huisbezoek, bereikt");

        new Select(browser.waitFor(By.id("end-result")))
                .selectByVisibleText("Inwoner hoeft geen hulp vanuit vroegsignalering");
        browser.click(By.xpath("//button[text()='Afsluiten']"));
        browser.click(By.xpath("//button[text()='Ja, afsluiten']"));
        browser.waitForText(By.tagName("main"), "Afgesloten: Inwoner hoeft geen hulp vanuit vroegsignalering");
        assertThat(fatima.get("/api/v1/signal-cases/" + signalCase.getString("id")).json().getString("status"))
                .isEqualTo("CLOSED");
    }

    @Test
    void administratorUploadsAListAndReadsTheRejectedRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String postcode = Households.uniquePostcode();
        Path file = Files.createTempFile("signalen-", ".csv");
        Files.writeString(file, """
                signaalpartner_type;signaalpartner;referentie;voorletters;achternaam;geboortedatum;straat;huisnummer;postcode;plaats;bedrag_centen;ontstaansdatum;signaaldatum
                Water;PWN;%1$s-1;A.;Lijst;1980-01-01;Lijststraat;1;%2$s;Zaandam;20000;2026-08-01;2026-11-01
                Water;PWN;%1$s-2;A.;Lijst;1980-01-01;Lijststraat;2;9999;Zaandam;20000;2026-08-01;2026-11-01
                """.formatted(run, postcode));

        browser.logIn("anouk");
        browser.open("/#/signaallijsten");
        browser.waitForText(By.tagName("h1"), "Signaallijsten");
        browser.waitFor(By.id("batch-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.xpath("//button[text()='Uploaden']"));
        browser.waitForText(By.id("batches-caption"), "De laatste 50 lijsten");
        browser.waitForText(By.xpath("//tr[td[contains(., '" + file.getFileName() + "')]]"), "Klaar");
        browser.waitForText(By.cssSelector("[role=status]"), "is verwerkt: 1 ingelezen, 0 al eerder ontvangen, 1 afgekeurd");
        assertThat(browser.waitFor(By.tagName("main")).getText()).doesNotContain("verwerking loopt");
        browser.waitForText(By.id("afgekeurd"), "postcode '9999' is ongeldig");
        browser.click(By.linkText("beschrijving van het formaat"));
        browser.waitForText(By.tagName("h1"), "Formaat van de signaallijst");
        browser.waitForText(By.tagName("main"), "bedrag_centen");
        browser.assertAccessible("signal list format");
        browser.click(By.linkText("Terug naar Signaallijsten"));
        browser.waitForText(By.id("batches-caption"), "De laatste 50 lijsten");
        browser.assertAccessible("signal lists");
        Files.delete(file);
    }
}
