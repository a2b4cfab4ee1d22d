package nl.wijkregie.security;

import java.util.List;

/** The container roles of Wijkregie, as named in web.xml and server.xml. */
public final class Roles {

    public static final String PROFESSIONAL = "professional";
    public static final String TEAMLEAD = "teamlead";
    public static final String POLICY = "policy";
    public static final String ADMIN = "admin";
    public static final String SIGNAL_PARTNER = "signal-partner";
    /** The municipal data warehouse: a machine client that reads released monitoring extracts only (issue 18). */
    public static final String MONITORING_FEED = "monitoring-feed";

    /** In order of precedence: a user with several roles acts in the first that applies. */
    public static final List<String> ALL = List.of(TEAMLEAD, PROFESSIONAL, ADMIN, POLICY, SIGNAL_PARTNER,
            MONITORING_FEED);

    private Roles() {
    }
}
