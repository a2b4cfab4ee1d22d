package nl.wijkregie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.security.ProfessionalNames;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In production (OpenID Connect) the identity provider knows people's names: once per browser session this takes the
 * name claim ({@code wijkregie.oidc.name.claim}, default {@code name}, which the {@code profile} scope carries) from
 * the ID token Liberty's OIDC client holds and stores it as the professional's display name, so screens follow the
 * identity provider. Liberty's token API is looked up by name: in demo mode (no OIDC client feature) it is absent and
 * this does nothing; the admin's names (Beheer → Teams) apply then.
 */
@WebFilter(urlPatterns = "/api/*")
public class OidcDisplayNameFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(OidcDisplayNameFilter.class.getName());
    private static final String DONE = OidcDisplayNameFilter.class.getName() + ".done";
    private static final String PROPAGATION_HELPER = "com.ibm.websphere.security.openidconnect.PropagationHelper";

    @Inject
    ProfessionalNames names;

    private volatile Boolean oidcLogin;

    @Inject
    @ConfigProperty(name = "wijkregie.oidc.name.claim", defaultValue = "name")
    String nameClaim;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Liberty's OIDC login leaves no HTTP session (only its cookie): a browser's first API call with that login
        // starts one, to remember that the name was taken. Machine clients (Authorization header) get none.
        HttpSession session = request.getUserPrincipal() != null && request.getHeader("Authorization") == null
                && oidcLoginAvailable() ? request.getSession(true) : request.getSession(false);
        if (request.getUserPrincipal() != null && session != null && session.getAttribute(DONE) == null) {
            session.setAttribute(DONE, Boolean.TRUE);
            try {
                String name = idTokenClaim(nameClaim);
                if (name != null) {
                    names.fromLoginClaim(request.getUserPrincipal().getName(), name);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not take the display name from the login", e);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether Liberty's OIDC client is installed (auth.mode=oidc); in demo mode it is not. Asked once: the features do
     * not change while the application runs, and a failed class lookup (an exception, a search through every bundle)
     * on each request cost 2% of the plan tab.
     */
    private boolean oidcLoginAvailable() {
        Boolean known = oidcLogin;
        if (known == null) {
            try {
                Class.forName(PROPAGATION_HELPER, false, Thread.currentThread().getContextClassLoader());
                known = true;
            } catch (ClassNotFoundException | LinkageError e) {
                known = false;
            }
            oidcLogin = known;
        }
        return known;
    }

    /** The claim of the current user's ID token, or null without an OIDC login. */
    static String idTokenClaim(String claim) {
        try {
            Class<?> helper = Class.forName(PROPAGATION_HELPER, true, Thread.currentThread().getContextClassLoader());
            Object token = helper.getMethod("getIdToken").invoke(null);
            if (token == null) {
                return null;
            }
            Object value = token.getClass().getMethod("getClaim", String.class).invoke(token, claim);
            return value instanceof String text && !text.isBlank() ? text : null;
        } catch (ClassNotFoundException e) {
            return null;
        } catch (ReflectiveOperationException e) {
            LOG.log(Level.FINE, "No ID token to read the name from", e);
            return null;
        }
    }
}
