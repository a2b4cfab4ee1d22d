package nl.wijkregie.shared;

/**
 * Tells a database that cannot be reached from any other failure, wherever it surfaces: the REST layer answers it
 * with 503 and Retry-After, the login filters likewise, because the request may well succeed a moment later.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {
    }

    /**
     * The database cannot be reached (down, restarting, network, pool exhausted): the request may succeed later, so
     * 503 with Retry-After instead of 500. Recognised anywhere in the cause chain, as Hibernate, Camunda, the
     * transaction interceptor and Liberty's pool each wrap it: SQLState class 08 (connection exception) or 57P01-3
     * (the server is shutting down or starting), JDBC's connection exception types, Hibernate's
     * JDBCConnectionException, and Liberty's wait timeout for a pooled connection.
     */
    public static boolean isUnavailable(Throwable exception) {
        int depth = 0;
        for (Throwable cause = exception; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (isA(cause, "org.hibernate.exception.JDBCConnectionException")
                    || isA(cause, "com.ibm.websphere.ce.j2c.ConnectionWaitTimeoutException")
                    || isA(cause, "com.ibm.websphere.ce.cm.ConnectionWaitTimeoutException")
                    || isA(cause, "com.ibm.websphere.ce.cm.StaleConnectionException")) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null
                    && isUnavailable(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isA(Throwable cause, String typeName) {
        for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(typeName)) {
                return true;
            }
        }
        return false;
    }
}
