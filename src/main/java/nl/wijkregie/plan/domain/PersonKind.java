package nl.wijkregie.plan.domain;

/**
 * Who carries an action or is the regisseur: a household member, a person of the network (a name and a relation,
 * no account), a professional of the team, or an external provider (an organisation's name). The regisseur is never
 * a provider.
 */
public enum PersonKind {
    MEMBER("Huishouden"), NETWORK("Netwerk"), PROFESSIONAL("Professional"), PROVIDER("Aanbieder");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
