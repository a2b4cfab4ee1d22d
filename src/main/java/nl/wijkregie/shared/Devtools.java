package nl.wijkregie.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The switch for endpoints that only tests, demos and benchmarks may use (shifting the clock, simulating a crash,
 * measuring the engine). Off unless {@code WIJKREGIE_DEVTOOLS=true}; when off, those endpoints do not exist (404).
 */
@ApplicationScoped
public class Devtools {

    @Inject
    @ConfigProperty(name = "wijkregie.devtools", defaultValue = "false")
    boolean enabled;

    public void requireEnabled() {
        if (!enabled) {
            throw new NotFoundException("Endpoint", "devtools");
        }
    }
}
