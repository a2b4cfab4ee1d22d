/** Where plans are stored and found. */
package nl.wijkregie.plan.persistence;
