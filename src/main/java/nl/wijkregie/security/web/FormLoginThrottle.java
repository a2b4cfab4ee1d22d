package nl.wijkregie.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import nl.wijkregie.security.LoginThrottle;
import nl.wijkregie.security.RefusalReason;
import nl.wijkregie.shared.DatabaseFailures;

/**
 * Puts the {@link LoginThrottle} in front of the container's form login: Liberty runs the filters of
 * {@code j_security_check} around its own credential check. A locked name goes back to the login page with a Dutch
 * message ({@code ?fout=geblokkeerd}) without its password being checked; whether the container accepted the
 * password is read from where it redirects (the form error page carries {@code fout=}).
 */
@WebFilter(urlPatterns = "/j_security_check")
public class FormLoginThrottle extends HttpFilter {

    @Inject
    LoginThrottle throttle;

    @Inject
    Refusals refusals;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = "POST".equals(request.getMethod()) ? request.getParameter("j_username") : null;
        if (user == null || user.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        LoginThrottle.Standing standing;
        try {
            standing = throttle.standing(user);
        } catch (RuntimeException e) {
            if (!DatabaseFailures.isUnavailable(e)) {
                throw e;
            }
            response.sendRedirect(request.getContextPath() + "/login.html?fout=storing");
            return;
        }
        if (standing.lockedFor().isPresent()) {
            response.sendRedirect(request.getContextPath() + "/login.html?fout=geblokkeerd&minuten="
                    + Refusals.minutes(standing.lockedFor().get()));
            return;
        }
        RedirectCapture capture = new RedirectCapture(response);
        chain.doFilter(request, capture);
        String location = capture.location != null ? capture.location : response.getHeader("Location");
        if (location == null) {
            return;
        }
        if (location.contains("fout=")) {
            Optional<Duration> lock = throttle.failed(user);
            refusals.announce(request, user, RefusalReason.LOGIN_FAILED, HttpServletResponse.SC_UNAUTHORIZED);
            lock.ifPresent(started -> refusals.announce(request, user, RefusalReason.LOCKED, 429));
        } else if (standing.hasFailures()) {
            throttle.succeeded(user);
        }
    }

    /** Remembers where the container sends the browser. */
    private static final class RedirectCapture extends HttpServletResponseWrapper {

        private String location;

        RedirectCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String target) throws IOException {
            location = target;
            super.sendRedirect(target);
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Location".equalsIgnoreCase(name)) {
                location = value;
            }
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Location".equalsIgnoreCase(name)) {
                location = value;
            }
            super.addHeader(name, value);
        }
    }
}
