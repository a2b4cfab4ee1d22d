package nl.wijkregie.audit.persistence;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import nl.wijkregie.audit.ChainVerification;
import nl.wijkregie.audit.domain.AccessLogEntry;
import nl.wijkregie.audit.domain.ChainHead;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * The application's own access-log verification ({@link AccessLogRepository#verifyChains} over
 * {@link AnchorFiles#readAll}) run against a database no Liberty server uses, such as a restored backup: Hibernate
 * with just the two access-log entities, mapped as in persistence.xml, instead of a whole server pointed at it.
 */
public final class AccessLogVerifier {

    private AccessLogVerifier() {
    }

    public static ChainVerification verify(String jdbcUrl, String user, String password, Path anchorDirectory) {
        Configuration configuration = new Configuration()
                .addAnnotatedClass(AccessLogEntry.class)
                .addAnnotatedClass(ChainHead.class)
                .setProperty("hibernate.connection.url", jdbcUrl)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", password)
                .setProperty("hibernate.connection.pool_size", "1")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("hibernate.default_schema", "wijkregie")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .setProperty("hibernate.dialect", "org.hibernate.dialect.PostgreSQLDialect")
                .setProperty("hibernate.boot.allow_jdbc_metadata_access", "false");
        try (SessionFactory sessions = configuration.buildSessionFactory();
             EntityManager em = sessions.createEntityManager()) {
            AccessLogRepository repository = new AccessLogRepository();
            repository.em = em;
            AnchorFiles anchors = new AnchorFiles();
            anchors.directory = anchorDirectory.toString();
            em.getTransaction().begin();
            try {
                return repository.verifyChains(anchors.readAll());
            } finally {
                em.getTransaction().rollback();
            }
        }
    }
}
