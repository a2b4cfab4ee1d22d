package nl.wijkregie.household.domain;

/** The place of a member in the household; decides, for example, whose jeugd domain applies. */
public enum MemberRole {
    PARENT, PARTNER, CHILD, OTHER_ADULT
}
