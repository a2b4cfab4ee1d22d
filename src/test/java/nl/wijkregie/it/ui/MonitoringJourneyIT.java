package nl.wijkregie.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import nl.wijkregie.it.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The policy page in the browser: the policy user picks an indicator, sees the bar and line charts and the table with
 * the same figures (wijken by name, suppressed cells as "x" with the explanation), and downloads the release as CSV.
 * Accessible (axe), no codes or login names on screen.
 */
class MonitoringJourneyIT {

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
    void policyPicksAnIndicatorSeesChartAndTableAndDownloadsTheCsv() {
        // two months ago, within the page's default period of the last 12 complete months
        TestDatabase.execute("insert into wijkregie.outcome_fact (household_key, key_version, wijk_code, month,"
                + " measure, value) select md5('journey-' || g), 1, 'WK047910',"
                + " cast(date_trunc('month', now()) - interval '2 months' as date), 'CASE_CLOSED', 1"
                + " from generate_series(1, 32) g");

        browser.logIn("bram");
        browser.waitForText(By.tagName("h1"), "Monitoring");
        new Select(browser.waitFor(By.id("monitoring-indicator"))).selectByVisibleText("Afgesloten casussen");
        browser.click(By.xpath("//button[text()='Toon cijfers']"));

        browser.waitForText(By.id("monitoring-release-title"), "Afgesloten casussen");
        browser.waitFor(By.cssSelector("#monitoring-bar-caption"));
        browser.waitFor(By.cssSelector("figure .recharts-surface"));
        assertThat(browser.driver().findElements(By.cssSelector("figure .recharts-surface"))).hasSize(2);
        browser.waitForText(By.cssSelector(".wr-monitoring-table"), "Wormerveer");
        assertThat(browser.mainText()).contains("Wat niet getoond wordt").contains("minder dan 10 huishoudens");
        browser.assertAccessible("monitoring with a release");
        browser.assertNoLoginNamesOrRawCodes("monitoring");

        String href = browser.waitFor(By.linkText("Download als CSV")).getAttribute("href");
        Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);", href);
        assertThat((String) csv).contains("gebied;maand;aantal").contains("WK047910");
    }
}
