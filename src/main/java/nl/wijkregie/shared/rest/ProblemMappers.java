package nl.wijkregie.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.DatabaseFailures;
import nl.wijkregie.shared.DuplicateException;
import nl.wijkregie.shared.ForbiddenException;
import nl.wijkregie.shared.InvalidFieldException;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.PayloadTooLargeException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.StaleVersionException;

/**
 * Turns every failure that leaves the API into application/problem+json, in one place. Exceptions arrive wrapped by
 * the transaction interceptor or JPA, so the mapper looks through the whole cause chain for the one that tells what
 * went wrong.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
    private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

    private ProblemMappers() {
    }

    /** Bean Validation failures on request bodies and parameters: 400 with one violation per field. */
    @Provider
    public static class ConstraintViolations implements ExceptionMapper<ConstraintViolationException> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return validationProblem(exception, instance(uriInfo)).toResponse();
        }
    }

    /** Everything else, including the container's own 404/405/415 and errors wrapped at commit. */
    @Provider
    public static class Failures implements ExceptionMapper<Throwable> {

        @Context
        UriInfo uriInfo;

        @Override
        public Response toResponse(Throwable exception) {
            return problemFor(exception, instance(uriInfo)).toResponse();
        }
    }

    static Problem problemFor(Throwable exception, String instance) {
        if (DatabaseFailures.isUnavailable(exception)) {
            LOG.warning(() -> "Database unavailable on " + instance + ": " + rootMessage(exception));
            return Problem.of(ProblemType.UNAVAILABLE, "Wijkregie kan de database nu niet bereiken. "
                    + "Probeer het over enkele ogenblikken opnieuw.", instance);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violations) {
                return validationProblem(violations, instance);
            }
            if (cause instanceof InvalidRequestException invalid) {
                return Problem.validation(invalid.getMessage(), instance, invalid.violations());
            }
            if (cause instanceof InvalidFieldException invalid) {
                return Problem.validation("De invoer is niet geldig.", instance,
                        List.of(new Problem.Violation(invalid.field(), invalid.getMessage())));
            }
            if (cause instanceof StaleVersionException || cause instanceof jakarta.persistence.OptimisticLockException
                    || isHibernateStaleState(cause)) {
                String detail = cause instanceof StaleVersionException ? cause.getMessage()
                        : "Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw.";
                return Problem.of(ProblemType.CONFLICT, detail, instance);
            }
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problem.of(ProblemType.CONFLICT,
                        "Iemand anders heeft intussen hetzelfde vastgelegd. Laad de gegevens opnieuw.", instance);
            }
            if (cause instanceof NotFoundException) {
                return Problem.of(ProblemType.NOT_FOUND, cause.getMessage(), instance);
            }
            if (cause instanceof ConflictException) {
                return Problem.of(ProblemType.CONFLICT, cause.getMessage(), instance);
            }
            if (cause instanceof DuplicateException) {
                return Problem.of(ProblemType.DUPLICATE, cause.getMessage(), instance);
            }
            if (cause instanceof ForbiddenException) {
                return Problem.of(ProblemType.FORBIDDEN, cause.getMessage(), instance);
            }
            if (cause instanceof RuleViolationException) {
                return Problem.of(ProblemType.RULE_VIOLATION, cause.getMessage(), instance);
            }
            if (cause instanceof PayloadTooLargeException) {
                return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, cause.getMessage(), instance);
            }
            if (cause instanceof JsonbException) {
                return unreadableBody(cause, instance);
            }
            if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
                if (web.getCause() instanceof JsonbException jsonb) {
                    return unreadableBody(jsonb, instance);
                }
                ProblemType type = ProblemType.forStatus(web.getResponse().getStatus());
                return new Problem(Problem.of(type, null, instance).type(), type.title(),
                        web.getResponse().getStatus(), detailFor(type), instance, null);
            }
        }
        LOG.log(Level.SEVERE, "Unhandled failure on " + instance, exception);
        return Problem.of(ProblemType.INTERNAL, "Er ging iets mis. Probeer het later opnieuw.", instance);
    }


    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + root.getMessage();
    }

    /** Hibernate's StaleStateException and subclasses: a versioned update matched no row (a concurrent writer won). */
    private static boolean isA(Throwable cause, String typeName) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHibernateStaleState(Throwable cause) {
        return isA(cause, "org.hibernate.StaleStateException");
    }

    private static String detailFor(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "Dit adres bestaat niet in de API.";
            case METHOD_NOT_ALLOWED -> "Deze methode is hier niet toegestaan.";
            case UNSUPPORTED_MEDIA_TYPE -> "Stuur de gegevens als application/json.";
            case NOT_ACCEPTABLE -> "Dit antwoord is alleen beschikbaar als JSON.";
            case UNAUTHENTICATED -> "Log eerst in.";
            case FORBIDDEN -> "Je rol geeft geen toegang tot deze functie.";
            default -> "Het verzoek kon niet worden verwerkt.";
        };
    }

    private static Problem unreadableBody(Throwable jsonb, String instance) {
        String message = String.valueOf(jsonb.getMessage());
        Matcher property = JSONB_PROPERTY.matcher(message);
        List<Problem.Violation> violations = property.find()
                ? List.of(new Problem.Violation(property.group(1), "Waarde heeft een ongeldig formaat"))
                : List.of();
        return Problem.validation(StrictJsonBodies.summary(violations.isEmpty()
                ? List.of(new Problem.Violation("body", "")) : violations), instance, violations);
    }

    static Problem validationProblem(ConstraintViolationException exception, String instance) {
        List<Problem.Violation> violations = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return Problem.validation("Controleer de gemarkeerde velden.", instance, violations);
    }

    /** "create.request.members[0].bsn" becomes "members[0].bsn": the path as the client sent it. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String lastParameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                lastParameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return lastParameter == null ? "body" : lastParameter;
        }
        return field.toString();
    }

    private static String instance(UriInfo uriInfo) {
        return uriInfo == null ? null : "/api/" + uriInfo.getPath().replaceFirst("^/", "");
    }
}
