package nl.wijkregie.household.domain;

import java.util.Locale;

/**
 * How to reach a member and in which language; {@code interpreterNeeded} tells the professional to book an
 * interpreter before a conversation. Blank values are stored as absent.
 */
public record ContactDetails(String phone, String email, String preferredLanguage, boolean interpreterNeeded) {

    public static final ContactDetails NONE = new ContactDetails(null, null, null, false);

    public ContactDetails {
        phone = blankToNull(phone);
        email = blankToNull(email);
        preferredLanguage = blankToNull(preferredLanguage) == null ? null
                : preferredLanguage.trim().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
