package nl.wijkregie.casefile.domain;

/** Why a case was closed; feeds the outcome monitoring, so the list is fixed and free text goes in the summary. */
public enum ClosingReason {
    DOELEN_BEREIKT, OVERGEDRAGEN, HULP_GEWEIGERD, VERHUISD, GEEN_CONTACT, GEEN_HULPVRAAG, OVERLEDEN, OVERIG
}
