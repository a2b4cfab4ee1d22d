package nl.wijkregie.shared;

import java.util.Locale;

/**
 * A Dutch postal address: street, house number, addition, {@link Postcode} and town. The ways an address is written
 * out live here ("Dorpsstraat 12A", "Dorpsstraat 12A, 1502AB"), so labels in different modules read alike.
 *
 * @param houseNumberAddition "A", "bis", or null when there is none (blank is taken as none; stored upper case)
 */
public record PostalAddress(String street, int houseNumber, String houseNumberAddition, Postcode postcode,
                            String town) {

    public PostalAddress {
        street = requireText(street, "straat", "Vul straat in");
        if (houseNumber < 1) {
            throw new RuleViolationException("house-number", "Huisnummer moet positief zijn");
        }
        houseNumberAddition = houseNumberAddition == null || houseNumberAddition.isBlank()
                ? null : houseNumberAddition.trim().toUpperCase(Locale.ROOT);
        if (postcode == null) {
            throw new RuleViolationException("postcode", "Ongeldige postcode");
        }
        town = requireText(town, "plaats", "Vul plaats in");
    }

    public PostalAddress(String street, int houseNumber, String houseNumberAddition, String postcode, String town) {
        this(street, houseNumber, houseNumberAddition, Postcode.of(postcode), town);
    }

    /** "12A": house number and addition as written on a door. */
    public String number() {
        return houseNumber + (houseNumberAddition == null ? "" : houseNumberAddition);
    }

    /** "Dorpsstraat 12A". */
    public String streetLine() {
        return street + " " + number();
    }

    /** "Dorpsstraat 12A, 1502AB": enough to tell households apart in a list of one municipality. */
    public String shortLabel() {
        return streetLine() + ", " + postcode;
    }

    /** "Dorpsstraat 12A, 1502 AB Zaandam". */
    public String display() {
        return streetLine() + ", " + postcode.display() + " " + town;
    }

    private static String requireText(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, message);
        }
        return value.trim();
    }
}
