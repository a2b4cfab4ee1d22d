package nl.wijkregie.basics.domain;

/**
 * The household types of the net bijstandsnormen (Participatiewet art. 21 and 22), derived from the members living in
 * the household; {@code ONBEKEND} when the composition does not tell (no adult with a known date of birth).
 */
public enum HouseholdType {
    ALLEENSTAANDE, ALLEENSTAANDE_OUDER, GEHUWDEN, ALLEENSTAANDE_AOW, GEHUWDEN_AOW, ONBEKEND
}
