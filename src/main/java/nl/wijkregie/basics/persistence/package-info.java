/** Repositories of the basics module: facts, checked cases, check results, signals and re-check runs. */
package nl.wijkregie.basics.persistence;
