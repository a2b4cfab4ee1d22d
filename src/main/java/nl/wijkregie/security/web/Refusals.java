package nl.wijkregie.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.security.AccessRefusal;
import nl.wijkregie.security.RefusalReason;

/** Announces refused requests (for the refusal log) and writes the problem+json answers of the servlet-level gate. */
@ApplicationScoped
public class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());
    private static final int MAX_SOURCE = 300;

    @Inject
    Event<AccessRefusal> refusals;

    /** Never fails the request: a refusal that cannot be recorded is logged to the server log instead. */
    void announce(HttpServletRequest request, String userName, RefusalReason reason, int status) {
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query == null ? "" : "?" + query);
        try {
            refusals.fire(new AccessRefusal(userName == null || userName.isBlank() ? null : cut(userName, 100),
                    reason, status, cut(request.getMethod(), 10), cut(path, MAX_SOURCE)));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not record refusal " + reason + " of " + request.getMethod() + " " + path, e);
        }
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, int status, String slug,
                        String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "https://wijkregie.nl/problems/" + slug)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .add("instance", request.getRequestURI())
                .build().toString());
    }

    /** 503 with Retry-After: the login throttle could not reach the database, so the login cannot be judged now. */
    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "10");
        problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable",
                "Tijdelijk niet beschikbaar",
                "Wijkregie kan de database nu niet bereiken. Probeer het over enkele ogenblikken opnieuw.");
    }

    /** Whole minutes, rounded up: what a person is told to wait. */
    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
