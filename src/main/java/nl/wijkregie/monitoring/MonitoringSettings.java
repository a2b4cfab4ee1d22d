package nl.wijkregie.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import nl.wijkregie.monitoring.domain.DisclosureRules;
import nl.wijkregie.monitoring.domain.Pseudonymiser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monitoring's configuration: the pseudonym secret with its version (MONITORING_PSEUDONYM_SECRET,
 * MONITORING_PSEUDONYM_KEY_VERSION; rotation in docs/privacy.md) and the disclosure rules (threshold and rounding
 * configurable, the version kept with every release).
 */
@ApplicationScoped
public class MonitoringSettings {

    private static final Logger LOG = Logger.getLogger(MonitoringSettings.class.getName());

    @Inject
    @ConfigProperty(name = "monitoring.pseudonym.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "monitoring.pseudonym.key-version", defaultValue = "1")
    int keyVersion;

    @Inject
    @ConfigProperty(name = "monitoring.disclosure.threshold", defaultValue = "10")
    int threshold;

    @Inject
    @ConfigProperty(name = "monitoring.disclosure.rounding-base", defaultValue = "5")
    int roundingBase;

    @Inject
    @ConfigProperty(name = "monitoring.disclosure.rules-version", defaultValue = "2026-1")
    String rulesVersion;

    @Inject
    @ConfigProperty(name = "monitoring.release.monthly", defaultValue = "true")
    boolean monthlyRelease;

    private volatile Pseudonymiser pseudonymiser;
    private volatile boolean warned;

    /** The pseudonymiser, or empty (with one warning in the log) while no secret of at least 32 bytes is set. */
    public Optional<Pseudonymiser> pseudonymiser() {
        if (pseudonymiser == null) {
            byte[] bytes = secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(new byte[0]);
            if (bytes.length < 32) {
                if (!warned) {
                    warned = true;
                    LOG.warning("MONITORING_PSEUDONYM_SECRET is not set (or shorter than 32 bytes): no outcomes are"
                            + " recorded for the monitoring until it is (docs/operations.md)");
                }
                return Optional.empty();
            }
            pseudonymiser = new Pseudonymiser(bytes, keyVersion);
        }
        return Optional.of(pseudonymiser);
    }

    public DisclosureRules rules() {
        return new DisclosureRules(rulesVersion, threshold, roundingBase);
    }

    public boolean monthlyRelease() {
        return monthlyRelease;
    }
}
