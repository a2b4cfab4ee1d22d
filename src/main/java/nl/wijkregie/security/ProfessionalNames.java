package nl.wijkregie.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import nl.wijkregie.security.domain.Professional;
import nl.wijkregie.security.persistence.ProfessionalRepository;

/**
 * Who is who by name: every screen shows a professional by display name, never by login name (issue 14). The admin
 * sets names in the team administration; with OIDC the identity provider's name claim keeps them current. A user
 * without a name yet is shown as {@link #UNNAMED} plus nothing that identifies the account.
 */
@ApplicationScoped
public class ProfessionalNames {

    /** What screens show for someone whose name nobody recorded yet. */
    public static final String UNNAMED = "Naam onbekend";

    /** The actor of work nobody did by hand (timers, imports without an uploader, the demo-data writer). */
    public static final String SYSTEM = "Wijkregie";

    private static final Logger LOG = Logger.getLogger(ProfessionalNames.class.getName());

    @Inject
    ProfessionalRepository professionals;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** The display name of each given login name (nulls skipped); an unnamed user maps to {@link #UNNAMED}. */
    @Transactional
    public Map<String, String> namesOf(Collection<String> userIds) {
        Map<String, String> known = professionals.namesOf(userIds.stream().filter(Objects::nonNull).distinct().toList());
        Map<String, String> names = new HashMap<>();
        for (String userId : userIds) {
            if (userId != null) {
                names.put(userId, known.getOrDefault(userId, isSystem(userId) ? SYSTEM : UNNAMED));
            }
        }
        return names;
    }

    @Transactional
    public String nameOf(String userId) {
        return userId == null ? null : namesOf(java.util.List.of(userId)).get(userId);
    }

    /** The admin names a professional (a new colleague, a changed name). */
    @Transactional
    public String rename(String userId, String displayName) {
        save(userId, displayName);
        LOG.info(() -> currentUser.userId() + " set the display name of " + userId);
        return nameOf(userId);
    }

    /** The identity provider's name claim at login: stored when it differs, so every screen follows it. */
    @Transactional
    public void fromLoginClaim(String userId, String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            save(userId, displayName);
        }
    }

    private void save(String userId, String displayName) {
        professionals.find(userId).ifPresentOrElse(p -> p.rename(displayName, clock.instant()),
                () -> professionals.add(new Professional(userId, displayName, clock.instant())));
    }

    private static boolean isSystem(String userId) {
        return "systeem".equals(userId) || "system".equals(userId) || "demo-data".equals(userId);
    }
}
