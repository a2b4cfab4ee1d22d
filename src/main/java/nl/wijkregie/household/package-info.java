/**
 * Households: the unit Wijkregie works with ("1 gezin, 1 plan, 1 regisseur"), with their address and members.
 * Registering a household starts its intake process for the owning team. Every read and write of a household is
 * scoped to the user's teams and leaves an access-log entry.
 */
package nl.wijkregie.household;
