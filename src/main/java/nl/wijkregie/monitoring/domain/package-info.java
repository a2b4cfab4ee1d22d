/** The disclosure rules and the tables they protect: pure rules, no container, tested by properties over random data. */
package nl.wijkregie.monitoring.domain;
