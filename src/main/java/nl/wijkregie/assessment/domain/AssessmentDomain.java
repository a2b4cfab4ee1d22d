package nl.wijkregie.assessment.domain;

/**
 * The 13 life domains of the Zelfredzaamheid-Matrix, by code with a neutral Dutch label of our own. The instrument's
 * criteria texts are not here: they are licensed (GGD Amsterdam) and come, if at all, from the municipality's own
 * configured text pack.
 */
public enum AssessmentDomain {
    FINANCES("Financiën"),
    WORK_EDUCATION("Werk en opleiding"),
    DAYTIME_ACTIVITIES("Dagbesteding"),
    HOUSING("Huisvesting"),
    DOMESTIC_RELATIONS("Huiselijke relaties"),
    MENTAL_HEALTH("Geestelijke gezondheid"),
    PHYSICAL_HEALTH("Lichamelijke gezondheid"),
    SUBSTANCE_USE("Middelengebruik"),
    BASIC_ADL("Zelfzorg"),
    INSTRUMENTAL_ADL("Huishouden en administratie"),
    SOCIAL_NETWORK("Sociaal netwerk"),
    COMMUNITY_PARTICIPATION("Meedoen in de samenleving"),
    JUSTICE("Justitie");

    private final String label;

    AssessmentDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
