/** Repositories of signal cases and batches, shaped for set-based imports. */
package nl.wijkregie.signal.persistence;
