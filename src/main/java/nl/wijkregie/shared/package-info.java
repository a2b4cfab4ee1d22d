/**
 * Building blocks every module may use and that hold no feature logic: paging, the exceptions that map to problem
 * types, the clock, and the REST and database plumbing (problem+json, migrations at start-up).
 */
package nl.wijkregie.shared;
