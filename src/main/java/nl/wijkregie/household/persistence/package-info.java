/** Queries for households, written for their indexes. */
package nl.wijkregie.household.persistence;
