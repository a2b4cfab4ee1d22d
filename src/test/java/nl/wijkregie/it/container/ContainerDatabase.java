package nl.wijkregie.it.container;

import nl.wijkregie.devtools.EmbeddedDatabase;
import org.jboss.arquillian.container.spi.event.container.BeforeStart;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Starts the throwaway PostgreSQL of the in-container tests' server (wijkregie-arq, ADR 0018) just before Arquillian
 * starts that server, in the test JVM, which stops it when it exits. Only a run that includes a *ContainerIT starts
 * it, so builds that run other tests side by side do not compete for its port. Registered as an Arquillian extension
 * on the test client (META-INF/services); never deployed.
 */
public class ContainerDatabase implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Starter.class);
    }

    public static class Starter {

        public void startDatabase(@Observes BeforeStart event) throws Exception {
            EmbeddedDatabase.main(new String[] {
                    "--port=" + System.getProperty("arq.db.port", "55434"),
                    "--data=" + System.getProperty("arq.db.data", "target/arq-postgres"),
                    "--anchors=" + System.getProperty("arq.db.anchors", "target/arq-access-log-anchors"),
                    "--fsync=" + System.getProperty("arq.db.fsync", "off"),
                    "--fresh"});
        }
    }
}
