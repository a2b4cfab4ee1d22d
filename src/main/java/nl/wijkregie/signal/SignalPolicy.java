package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.Optional;
import java.util.Set;
import nl.wijkregie.shared.ClockProducer;
import nl.wijkregie.signal.domain.RetentionPeriod;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's policy choices for early signalling, as configuration (environment variables or
 * microprofile-config): what a policy officer may change without a new release. Defaults and their reasons are in
 * docs/processes/vroegsignalering.md and docs/privacy.md.
 */
@ApplicationScoped
public class SignalPolicy {

    /** The legal maximum for the first contact (Wgs): four weeks, which is 20 working days. */
    public static final int LEGAL_MAXIMUM_WORKING_DAYS = 20;
    /** Within 3 working days when eviction or disconnection threatens (Wgs). */
    public static final int THREAT_WORKING_DAYS = 3;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.minimum-amount-cents", defaultValue = "10000")
    long minimumAmountCents;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.norm-working-days", defaultValue = "10")
    int normWorkingDays;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.matching-period-days", defaultValue = "90")
    int matchingPeriodDays;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.repeat-period-days", defaultValue = "180")
    int repeatPeriodDays;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.retention-months", defaultValue = "6")
    int retentionMonths;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.vulnerable-wijken",
            defaultValue = "WK047901,WK047902,WK047903,WK047904,WK047905")
    Set<String> vulnerableWijken;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.max-bytes", defaultValue = "52428800")
    long batchMaxBytes;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.max-rows", defaultValue = "200000")
    int batchMaxRows;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.intake-team")
    Optional<String> intakeTeam;

    /** The team that takes signals for addresses in no known wijk (by name); none means such rows are refused. */
    public Optional<String> intakeTeam() {
        return intakeTeam.filter(name -> !name.isBlank());
    }

    public long minimumAmountCents() {
        return minimumAmountCents;
    }

    /** The municipal norm in working days, never beyond the legal maximum. */
    public int normWorkingDays() {
        return Math.min(normWorkingDays, LEGAL_MAXIMUM_WORKING_DAYS);
    }

    public Period matchingPeriod() {
        return Period.ofDays(matchingPeriodDays);
    }

    public Period repeatPeriod() {
        return Period.ofDays(repeatPeriodDays);
    }

    public RetentionPeriod retention() {
        return new RetentionPeriod(Period.ofMonths(retentionMonths), ClockProducer.ZONE);
    }

    public boolean isVulnerable(String wijkCode) {
        return wijkCode != null && vulnerableWijken.contains(wijkCode);
    }

    public long batchMaxBytes() {
        return batchMaxBytes;
    }

    public int batchMaxRows() {
        return batchMaxRows;
    }
}
