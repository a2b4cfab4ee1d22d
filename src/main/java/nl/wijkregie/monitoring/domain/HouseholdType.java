package nl.wijkregie.monitoring.domain;

import java.util.List;

/**
 * The household's composition as one of five CBS-like types instead of its members: enough to compare outcomes of
 * single parents and couples, too coarse to point at a family.
 */
public enum HouseholdType {
    SINGLE("Alleenstaand"),
    SINGLE_PARENT("Eenoudergezin"),
    COUPLE("Paar zonder kinderen"),
    COUPLE_WITH_CHILDREN("Paar met kinderen"),
    OTHER("Overig");

    private final String label;

    HouseholdType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The type of the members' roles (household MemberRole names); null for a household without members. */
    public static HouseholdType of(List<String> roles) {
        if (roles.isEmpty()) {
            return null;
        }
        long children = roles.stream().filter("CHILD"::equals).count();
        long adults = roles.size() - children;
        boolean otherAdults = roles.contains("OTHER_ADULT");
        if (adults == 1 && !otherAdults) {
            return children == 0 ? SINGLE : SINGLE_PARENT;
        }
        if (adults == 2 && !otherAdults) {
            return children == 0 ? COUPLE : COUPLE_WITH_CHILDREN;
        }
        return OTHER;
    }
}
