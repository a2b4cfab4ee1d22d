package nl.wijkregie.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Dutch postcode: four digits (not starting with 0) and two letters. It is normalised here and only here
 * ("1502 ab" → "1502AB"), the form stored in the database and used as the key that finds an address however it was
 * typed; {@link #display()} gives the written form "1502 AB".
 *
 * <p>The letter pairs SA, SD and SS, which PostNL does not issue, are accepted on purpose: the BAG, not this
 * application, decides which postcodes exist, and a partner's signal list or a record typed before must still be
 * stored and matched as written rather than refused.
 */
public final class Postcode {

    /** What may be typed: spaces between digits and letters, letters in any case. */
    public static final Pattern WRITTEN = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");

    private final String value;

    private Postcode(String value) {
        this.value = value;
    }

    /** The postcode as typed; a {@link RuleViolationException} on field "postcode" if it is not one. */
    public static Postcode of(String written) {
        if (!isValid(written)) {
            throw new RuleViolationException("postcode", "Ongeldige postcode");
        }
        return new Postcode(normalise(written));
    }

    public static boolean isValid(String written) {
        return written != null && WRITTEN.matcher(written.trim()).matches();
    }

    /**
     * The compact upper-case form of whatever was given, without validating it: for search terms and keys where a
     * malformed value should simply find nothing. Null stays null.
     */
    public static String normalise(String written) {
        return written == null ? null : written.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    /** "1502 AB", as it is written on an envelope. */
    public String display() {
        return value.substring(0, 4) + " " + value.substring(4);
    }

    /** "1502AB", the stored form. */
    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Postcode p && value.equals(p.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
