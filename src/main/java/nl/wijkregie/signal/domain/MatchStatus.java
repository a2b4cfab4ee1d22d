package nl.wijkregie.signal.domain;

/** How sure the link between a signal case and a known household is. */
public enum MatchStatus {
    /** Address and person agree with a known household. */
    MATCHED,
    /** Candidates exist but a professional must confirm one (or none). */
    UNCERTAIN,
    /** No known household: outreach to an address the teams do not know yet. */
    UNKNOWN
}
