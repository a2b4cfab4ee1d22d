package nl.wijkregie.security;

/**
 * A request that was refused, announced as a CDI event so that the audit module can record it without the security
 * gate depending on it. {@code userName} is the logged-in user or, for a failed login, the name that was tried.
 */
public record AccessRefusal(String userName, RefusalReason reason, int status, String method, String path) {
}
