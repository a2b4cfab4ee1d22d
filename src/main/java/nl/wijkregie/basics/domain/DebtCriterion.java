package nl.wijkregie.basics.domain;

/**
 * The registrations by which CBS counts a household as having registered problematic debts: one of them for any
 * member suffices.
 */
public enum DebtCriterion {
    /** A statutory debt route (Wsnp). */
    WSNP,
    /** An amicable debt route registered with BKR. */
    AMICABLE_ROUTE_BKR,
    /** Arrears registered with BKR. */
    ARREARS_BKR,
    /** Listed in the central register of curatele and bewind for squandering or problematic debts. */
    CENTRAL_REGISTER,
    /** Health insurance premium unpaid six months or more (CAK regime). */
    HEALTH_PREMIUM_CAK,
    /** CJIB traffic-fine arrears: second reminder open two months or more, at least €50. */
    CJIB_ARREARS,
    /** Benefit (toeslag) debt of at least €50 open more than 27 months. */
    BENEFIT_DEBT,
    /** Other tax debt of at least €50 open more than 15 months. */
    TAX_DEBT,
    /** Tax debt written off as uncollectable in the last 12 months. */
    TAX_DEBT_WRITTEN_OFF,
    /** Student-loan (DUO) arrears of three months or more and at least €270. */
    DUO_ARREARS
}
