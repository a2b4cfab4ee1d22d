package nl.wijkregie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.security.LoginThrottle;
import nl.wijkregie.security.RefusalReason;
import nl.wijkregie.shared.DatabaseFailures;

/**
 * Lets machine clients (signal partners, scripts) call the API with HTTP Basic credentials against the container's
 * user registry, while browsers use the form-login session. The API is not a container-protected URL (so that it
 * answers 401 instead of redirecting to the login page), so the credentials are checked here, by the container,
 * through {@link HttpServletRequest#login}, behind the {@link LoginThrottle}. Being the outermost gate of the API, it
 * also announces every refused API call (see {@link Refusals}) after the request is done.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthenticationFilter extends HttpFilter {

    private static final String BASIC = "Basic ";
    private static final String SSO_COOKIE = "LtpaToken2";

    @Inject
    LoginThrottle throttle;

    @Inject
    Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        try {
            if (request.getUserPrincipal() == null && authorization != null && authorization.startsWith(BASIC)
                    && !logIn(request, response, authorization.substring(BASIC.length()).trim())) {
                return;
            }
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            Refusals.unavailable(request, response);
            return;
        }
        boolean credentialsPresented = authorization != null || hasSsoCookie(request);
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status == HttpServletResponse.SC_UNAUTHORIZED && credentialsPresented) {
            refusals.announce(request, null, RefusalReason.UNAUTHENTICATED, status);
        } else if (status == HttpServletResponse.SC_FORBIDDEN) {
            refusals.announce(request, request.getRemoteUser(), RefusalReason.FORBIDDEN, status);
        } else if (status == HttpServletResponse.SC_NOT_FOUND
                && request.getAttribute(CurrentUser.OUT_OF_SCOPE) != null) {
            refusals.announce(request, request.getRemoteUser(), RefusalReason.OUT_OF_SCOPE, status);
        }
    }

    /** True when logged in; otherwise the refusal has been answered. */
    private boolean logIn(HttpServletRequest request, HttpServletResponse response, String credentials)
            throws IOException {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            refusals.announce(request, null, RefusalReason.LOGIN_FAILED, HttpServletResponse.SC_UNAUTHORIZED);
            unauthorized(request, response);
            return false;
        }
        String user = decoded.substring(0, colon);
        LoginThrottle.Standing standing = throttle.standing(user);
        if (standing.lockedFor().isPresent()) {
            tooManyAttempts(request, response, standing.lockedFor().get());
            return false;
        }
        try {
            request.login(user, decoded.substring(colon + 1));
        } catch (ServletException e) {
            Optional<Duration> lock = throttle.failed(user);
            refusals.announce(request, user, RefusalReason.LOGIN_FAILED, HttpServletResponse.SC_UNAUTHORIZED);
            lock.ifPresent(started -> refusals.announce(request, user, RefusalReason.LOCKED, 429));
            unauthorized(request, response);
            return false;
        }
        if (standing.hasFailures()) {
            throttle.succeeded(user);
        }
        return true;
    }

    private static boolean hasSsoCookie(HttpServletRequest request) {
        return request.getCookies() != null
                && Arrays.stream(request.getCookies()).map(Cookie::getName).anyMatch(SSO_COOKIE::equals);
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Refusals.problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated", "Niet ingelogd",
                "Gebruikersnaam of wachtwoord onjuist.");
    }

    /** 429 with Retry-After: the name is locked after too many failures, whatever password came with it. */
    private static void tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Duration wait)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        Refusals.problem(request, response, 429, "too-many-requests", "Te veel pogingen",
                "Te veel mislukte inlogpogingen voor deze gebruiker. Probeer het over " + Refusals.minutes(wait)
                        + " minuten opnieuw.");
    }
}
