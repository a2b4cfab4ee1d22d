/** The case file aggregate and what hangs off it: domains, journal, timeline and consent, each with its own rules. */
package nl.wijkregie.casefile.domain;
