package nl.wijkregie.basics.domain;

/**
 * The registrations by which CBS counts a household as having registered problematic debts: one of them for any
 * member suffices.
 */
public enum DebtCriterion {
    /** A statutory debt route (Wsnp). */
    WSNP,
    /** An amicable debt route registered with BKR. */
    MINNELIJK_TRAJECT_BKR,
    /** Arrears registered with BKR. */
    ACHTERSTAND_BKR,
    /** Listed in the central register of curatele and bewind for squandering or problematic debts. */
    REGISTER_BEWIND,
    /** Health insurance premium unpaid six months or more (CAK regime). */
    ZORGPREMIE_CAK,
    /** CJIB traffic-fine arrears: second reminder open two months or more, at least €50. */
    CJIB_ACHTERSTAND,
    /** Benefit (toeslag) debt of at least €50 open more than 27 months. */
    TOESLAGSCHULD,
    /** Other tax debt of at least €50 open more than 15 months. */
    BELASTINGSCHULD,
    /** Tax debt written off as uncollectable in the last 12 months. */
    BELASTINGSCHULD_ONINBAAR,
    /** Student-loan (DUO) arrears of three months or more and at least €270. */
    DUO_ACHTERSTAND
}
