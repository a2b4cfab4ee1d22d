package nl.wijkregie.basics.domain;

/** Where the household's income comes from (any number of them). */
public enum IncomeSource {
    WAGES, SELF_EMPLOYED, SOCIAL_ASSISTANCE, OTHER_BENEFIT, PENSION, STUDENT_FINANCE, ALIMONY, NONE, UNKNOWN
}
