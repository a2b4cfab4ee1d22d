package nl.wijkregie.basics.domain;

/** The housing situation, from worst to best (no national list exists; see docs/processes/basisvoorwaarden.md). */
public enum HousingSituation {
    DAKLOOS, TIJDELIJK_ONDERDAK, DREIGENDE_UITZETTING, HUURACHTERSTAND, ONZEKER, STABIEL_ONGESCHIKT, STABIEL, ONBEKEND
}
