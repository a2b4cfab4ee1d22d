/** Schema migrations at start-up and database health: run before any module touches the database. */
package nl.wijkregie.shared.persistence;
