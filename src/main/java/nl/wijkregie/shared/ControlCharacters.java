package nl.wijkregie.shared;

/**
 * Text from outside (request bodies, query parameters, CSV fields) may not carry control characters: PostgreSQL
 * refuses NUL in text ({@code invalid byte sequence for encoding "UTF8": 0x00}) and the others only hide content from
 * readers. Tab, newline and carriage return are ordinary text; a lone surrogate (from a JSON {@code \ud800} escape) is
 * no character at all.
 */
public final class ControlCharacters {

    public static final String MESSAGE = "Bevat een ongeldig teken (stuurteken)";

    private ControlCharacters() {
    }

    /** Whether the text contains a control character other than tab, newline or carriage return. */
    public static boolean contains(String text) {
        return text != null && firstIndex(text) >= 0;
    }

    /** The index of the first forbidden character, or -1. */
    public static int firstIndex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every forbidden character replaced by U+FFFD, for showing or storing what was refused. */
    public static String replaced(String text) {
        if (text == null || firstIndex(text) < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else {
                clean.append(forbidden(c) ? '\uFFFD' : c);
            }
        }
        return clean.toString();
    }

    private static boolean forbidden(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return Character.getType(c) == Character.CONTROL || Character.isSurrogate(c);
    }
}
