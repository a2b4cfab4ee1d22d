package nl.wijkregie.security.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import nl.wijkregie.shared.rest.Problem;
import nl.wijkregie.shared.rest.ProblemType;

/**
 * The gate in front of every API call: 401 without a login, 403 without one of the roles the endpoint declares with
 * {@link RolesAllowed}. An endpoint that declares no roles is closed (secure by default). State-changing calls that
 * ride on a browser session must carry {@code X-Requested-With}, which a cross-site form cannot send (CSRF).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AccessControlFilter implements ContainerRequestFilter {

    static final String CSRF_HEADER = "X-Requested-With";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        String instance = "/api/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (resourceInfo.getResourceMethod() == null) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(Problem.of(ProblemType.UNAUTHENTICATED, "Log eerst in.", instance).toResponse());
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString("Authorization") == null
                && request.getHeaderString(CSRF_HEADER) == null) {
            request.abortWith(Problem.of(ProblemType.FORBIDDEN,
                    "Verzoek geweigerd: de header " + CSRF_HEADER + " ontbreekt.", instance).toResponse());
            return;
        }
        String[] allowed = allowedRoles(resourceInfo.getResourceMethod());
        if (allowed != null && Arrays.stream(allowed).noneMatch(request.getSecurityContext()::isUserInRole)) {
            request.abortWith(Problem.of(ProblemType.FORBIDDEN,
                    "Je rol geeft geen toegang tot deze functie.", instance).toResponse());
        }
    }

    /** Roles of the method, else of its class; null means any authenticated user (only with @PermitAll). */
    private static String[] allowedRoles(Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return method.getAnnotation(RolesAllowed.class).value();
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        Class<?> type = method.getDeclaringClass();
        if (type.isAnnotationPresent(RolesAllowed.class)) {
            return type.getAnnotation(RolesAllowed.class).value();
        }
        if (type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        return new String[0];
    }
}
