package nl.wijkregie.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name of this application node, so that work held by a node (an import's lease) can say whose it is. Set
 * {@code WIJKREGIE_NODE_NAME} where several nodes share a host name; by default it is the host name with the server's
 * output directory, which stays the same across a restart of the same server and differs between two checkouts.
 */
@ApplicationScoped
public class ThisNode {

    @Inject
    @ConfigProperty(name = "wijkregie.node.name")
    Optional<String> configured;

    private String name;

    public synchronized String name() {
        if (name == null) {
            name = configured.filter(value -> !value.isBlank()).orElseGet(ThisNode::hostAndServer);
        }
        return name;
    }

    private static String hostAndServer() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        String server = System.getProperty("server.output.dir", System.getProperty("user.dir", ""));
        String name = host + ":" + server;
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
