/** The REST resources of early signalling: intake, batches, signal cases, partner feedback and the DDAS export. */
package nl.wijkregie.signal.rest;
