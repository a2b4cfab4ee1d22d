/** Append-only storage of the access log and its chain heads; the only code that writes access_log. */
package nl.wijkregie.audit.persistence;
