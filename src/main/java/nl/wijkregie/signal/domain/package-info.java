/** The signal case aggregate with its signals, triage decisions and contact attempts, and the matching rules. */
package nl.wijkregie.signal.domain;
