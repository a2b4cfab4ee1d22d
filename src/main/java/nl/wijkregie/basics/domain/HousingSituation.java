package nl.wijkregie.basics.domain;

/** The housing situation, from worst to best (no national list exists; see docs/processes/basisvoorwaarden.md). */
public enum HousingSituation {
    HOMELESS, TEMPORARY_SHELTER, EVICTION_THREATENED, RENT_ARREARS, INSECURE, STABLE_UNSUITABLE, STABLE, UNKNOWN
}
