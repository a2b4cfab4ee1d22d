/**
 * Anonymised outcome monitoring for policy staff: an outcome store without identifying columns, indicators per wijk and
 * period, and disclosure control before anything leaves. A small wijk count is a person, so no cell is published
 * below the threshold, counts are rounded, a suppressed cell cannot be recomputed from the table's totals, and a cell
 * that differs from an earlier release by a handful of households is withheld.
 */
package nl.wijkregie.monitoring;
