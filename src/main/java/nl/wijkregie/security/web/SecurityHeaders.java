package nl.wijkregie.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;

/**
 * Browser hardening on everything the application serves (the UI, the login page, the form login and the API). The
 * built UI loads its scripts and styles from its own origin only, with no inline script or style, so the policy allows
 * nothing else; the Utrecht CSS draws icons as data: images. When the browser talks HTTPS (directly, or to a proxy
 * that says so with X-Forwarded-Proto) HSTS is sent and every cookie set in the request — the login cookie LtpaToken2
 * included, which Liberty sets inside the form login's filter chain — is marked Secure. Over plain HTTP (localhost, a
 * private network) cookies stay usable; browsers ignore HSTS there anyway.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String HSTS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (viaHttps(request)) {
            response.setHeader("Strict-Transport-Security", HSTS);
            chain.doFilter(request, new SecureCookies(response));
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean viaHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"));
    }

    /** Marks every cookie of the response Secure, whether it is added as a Cookie or as a Set-Cookie header. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            boolean cookie = "Set-Cookie".equalsIgnoreCase(name) && value != null;
            return cookie && !value.toLowerCase(Locale.ROOT).contains("; secure") ? value + "; Secure" : value;
        }
    }
}
