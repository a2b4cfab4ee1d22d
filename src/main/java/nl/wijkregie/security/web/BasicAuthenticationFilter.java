package nl.wijkregie.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Lets machine clients (signal partners, scripts) call the API with HTTP Basic credentials against the container's
 * user registry, while browsers use the form-login session. The API is not a container-protected URL (so that it
 * answers 401 instead of redirecting to the login page), so the credentials are checked here, by the container,
 * through {@link HttpServletRequest#login}.
 */
@WebFilter(urlPatterns = "/api/*")
public class BasicAuthenticationFilter extends HttpFilter {

    private static final String BASIC = "Basic ";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (request.getUserPrincipal() == null && authorization != null && authorization.startsWith(BASIC)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = "";
            }
            int colon = decoded.indexOf(':');
            try {
                if (colon < 1) {
                    throw new ServletException("malformed Basic credentials");
                }
                request.login(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (ServletException e) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"https://wijkregie.nl/problems/unauthenticated\","
                        + "\"title\":\"Niet ingelogd\",\"status\":401,"
                        + "\"detail\":\"Gebruikersnaam of wachtwoord onjuist.\",\"instance\":\""
                        + request.getRequestURI().replace("\"", "") + "\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
