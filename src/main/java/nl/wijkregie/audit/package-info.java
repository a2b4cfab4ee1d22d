/**
 * The access log (toegangslog, after NEN 7513): who read or changed whose personal data, when, in which role, for
 * which team and purpose, through which endpoint. Entries are written in the caller's transaction, so an access that
 * is rolled back leaves no entry and a committed one always does. The table is append-only (a database trigger) and
 * hash-chained, so a change made behind the application's back is found by {@link nl.wijkregie.audit.AccessLog#verify()}.
 */
package nl.wijkregie.audit;
