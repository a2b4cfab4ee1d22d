package nl.wijkregie.archfixture.shared;

import nl.wijkregie.archfixture.household.HouseholdService;

/** shared → a feature module, by a real (not inlined) reference. */
public class Labels {

    HouseholdService households;
}
