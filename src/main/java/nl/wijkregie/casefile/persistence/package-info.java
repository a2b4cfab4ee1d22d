/** Repositories of the case file; the caseload list is a read model written for the partial indexes on open cases. */
package nl.wijkregie.casefile.persistence;
