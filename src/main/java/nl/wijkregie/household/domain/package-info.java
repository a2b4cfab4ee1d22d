/** The household aggregate: household, members, address, and the BSN rule. */
package nl.wijkregie.household.domain;
