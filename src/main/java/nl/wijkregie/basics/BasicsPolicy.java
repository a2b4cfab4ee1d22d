package nl.wijkregie.basics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's choices for the basics check, as configuration: the income threshold as a percentage of the
 * social minimum (Zaanstad: 110%), the task's deadline in working days when nothing threatens, and the re-check's
 * chunk size. A changed threshold counts as a new rule: the open cases are re-checked.
 */
@ApplicationScoped
public class BasicsPolicy {

    /** Within 3 working days when eviction or disconnection threatens (as the Wgs asks for a first contact). */
    public static final int THREAT_WORKING_DAYS = 3;

    @Inject
    @ConfigProperty(name = "wijkregie.basics.income-threshold-percent", defaultValue = "110")
    int incomeThresholdPercent;

    @Inject
    @ConfigProperty(name = "wijkregie.basics.norm-working-days", defaultValue = "10")
    int normWorkingDays;

    @Inject
    @ConfigProperty(name = "wijkregie.basics.recheck-chunk-size", defaultValue = "500")
    int recheckChunkSize;

    public int incomeThresholdPercent() {
        return incomeThresholdPercent;
    }

    public int normWorkingDays() {
        return normWorkingDays;
    }

    public int recheckChunkSize() {
        return recheckChunkSize;
    }
}
