package nl.wijkregie.basics.domain;

/**
 * The household types of the net bijstandsnormen (Participatiewet art. 21 and 22), derived from the members living in
 * the household; {@code UNKNOWN} when the composition does not tell (no adult with a known date of birth).
 */
public enum HouseholdType {
    SINGLE, SINGLE_PARENT, COUPLE, SINGLE_PENSIONER, COUPLE_PENSIONER, UNKNOWN
}
