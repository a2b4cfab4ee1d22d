package nl.wijkregie.assessment.domain;

/**
 * The 13 life domains of the Zelfredzaamheid-Matrix, by code with a neutral Dutch label of our own. The instrument's
 * criteria texts are not here: they are licensed (GGD Amsterdam) and come, if at all, from the municipality's own
 * configured text pack.
 */
public enum AssessmentDomain {
    FINANCIEN("Financiën"),
    WERK_OPLEIDING("Werk en opleiding"),
    TIJDSBESTEDING("Dagbesteding"),
    HUISVESTING("Huisvesting"),
    HUISELIJKE_RELATIES("Huiselijke relaties"),
    GEESTELIJKE_GEZONDHEID("Geestelijke gezondheid"),
    LICHAMELIJKE_GEZONDHEID("Lichamelijke gezondheid"),
    MIDDELENGEBRUIK("Middelengebruik"),
    BASALE_ADL("Zelfzorg"),
    INSTRUMENTELE_ADL("Huishouden en administratie"),
    SOCIAAL_NETWERK("Sociaal netwerk"),
    MAATSCHAPPELIJKE_PARTICIPATIE("Meedoen in de samenleving"),
    JUSTITIE("Justitie");

    private final String label;

    AssessmentDomain(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
