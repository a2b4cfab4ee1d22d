/** Access-log entries and the heads of their hash chains. */
package nl.wijkregie.audit.domain;
