package nl.wijkregie.monitoring.persistence;

import java.time.YearMonth;

/** A row of the outcome store as written: nothing in it names, dates or locates a person. */
public record OutcomeRow(String householdKey, int keyVersion, String wijkCode, String buurtCode, YearMonth month,
                        String ageBand, String householdType, String domain, String category, String measure,
                        int value) {
}
