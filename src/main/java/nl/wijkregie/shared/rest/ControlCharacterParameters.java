package nl.wijkregie.shared.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.wijkregie.shared.ControlCharacters;

/**
 * Query and path parameters follow the same rule as JSON bodies ({@link StrictJsonBodies}): no control characters,
 * so a {@code %00} in a search term is a 400 naming the parameter instead of a database error. Runs after the access
 * check, so an anonymous caller still gets 401.
 */
@Provider
@Priority(Priorities.USER)
public class ControlCharacterParameters implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        Map<String, String> bad = new TreeMap<>();
        collect(request.getUriInfo().getQueryParameters(true), bad);
        collect(request.getUriInfo().getPathParameters(true), bad);
        if (!bad.isEmpty()) {
            String instance = "/api/" + request.getUriInfo().getPath().replaceFirst("^/", "");
            request.abortWith(Problem.validation("Controleer de gemarkeerde velden.", instance,
                    bad.entrySet().stream().map(e -> new Problem.Violation(e.getKey(), e.getValue())).toList())
                    .toResponse());
        }
    }

    private static void collect(Map<String, List<String>> parameters, Map<String, String> bad) {
        parameters.forEach((name, values) -> {
            if (ControlCharacters.contains(name)) {
                bad.put(ControlCharacters.replaced(name), "Parameternaam bevat een ongeldig teken");
            } else if (values.stream().anyMatch(ControlCharacters::contains)) {
                bad.put(name, ControlCharacters.MESSAGE);
            }
        });
    }
}
