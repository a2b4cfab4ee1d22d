/** The privacy officer's endpoints: access overview per person, CSV export, chain verification. */
package nl.wijkregie.audit.rest;
