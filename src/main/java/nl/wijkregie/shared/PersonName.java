package nl.wijkregie.shared;

import java.util.Locale;

/**
 * A Dutch person's name: first name (or initials), surname prefix (tussenvoegsel, "van der") and surname. The ways a
 * name is written out live here, so a label, a household name and a sort order cannot drift apart.
 *
 * @param firstName     first name or initials, never blank
 * @param surnamePrefix "van der", or null when there is none (blank is taken as none)
 * @param surname       the surname without prefix, never blank
 */
public record PersonName(String firstName, String surnamePrefix, String surname) {

    public PersonName {
        firstName = requireText(firstName, "first-name", "Vul de voornaam in");
        surnamePrefix = surnamePrefix == null || surnamePrefix.isBlank() ? null : surnamePrefix.trim();
        surname = requireText(surname, "surname", "Vul de achternaam in");
    }

    /** "van der Berg": prefix and surname as they are written after a first name. */
    public String fullSurname() {
        return surnamePrefix == null ? surname : surnamePrefix + " " + surname;
    }

    /** "Noor van der Berg". */
    public String display() {
        return firstName + " " + fullSurname();
    }

    /**
     * "berg, noor van der": Dutch lists sort on the surname without its prefix (the telephone-book rule), lower case
     * so that case does not decide the order.
     */
    public String sortKey() {
        return (surname + ", " + firstName + (surnamePrefix == null ? "" : " " + surnamePrefix))
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return display();
    }

    private static String requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, message);
        }
        return value.trim();
    }
}
