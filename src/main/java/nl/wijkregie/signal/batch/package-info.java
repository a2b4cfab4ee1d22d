/**
 * The import of monthly lists: upload checks, the background import in parallel lanes fed by one parsing pass, one
 * transaction per chunk, and resume after a crash. Used only by this module's {@code rest} layer.
 */
package nl.wijkregie.signal.batch;
