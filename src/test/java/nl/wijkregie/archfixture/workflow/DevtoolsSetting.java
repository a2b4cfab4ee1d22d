package nl.wijkregie.archfixture.workflow;

import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the devtools setting itself instead of using the switch: still checking it outside devtools. */
public class DevtoolsSetting {

    @Inject
    @ConfigProperty(name = "wijkregie.devtools", defaultValue = "false")
    boolean enabled;
}
