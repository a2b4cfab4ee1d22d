/**
 * Uploaded files kept in the database as a stream of parts, never as one array: a file of any size costs a few
 * parts of heap to store and to read back (docs/adr/0029).
 */
package nl.wijkregie.shared.storage;
