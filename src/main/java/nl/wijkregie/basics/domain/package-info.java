/** The facts, the dimensions and outcomes of the check, and the check results as they were decided. */
package nl.wijkregie.basics.domain;
