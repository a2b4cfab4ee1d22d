package nl.wijkregie.signal.domain;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparable keys of a person's name. Creditors spell names differently from the municipal register: diacritics
 * (Öztürk/Ozturk), prefixes in or out of the surname (van der Berg/Berg), ss/s, ij/y, and married or maiden names
 * (Jansen-de Vries/de Vries). Two surnames match when their key sets share a key.
 */
public final class PersonNameKey {

    /** Surname prefixes, longest first so "van der" is removed before "van". */
    private static final List<String> PREFIXES = List.of("van der ", "van den ", "van de ", "van het ", "in het ",
            "in de ", "uit de ", "op de ", "in t ", "van ", "von ", "der ", "den ", "het ", "ter ", "ten ", "de ",
            "te ", "op ", "la ", "le ", "du ", "da ", "di ", "dos ", "das ", "del ", "el ", "al ", "bin ", "ben ", "zu ",
            "t ", "d ");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern REPEATED_S = Pattern.compile("s+");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("['’`.]");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z\\- ]");

    private PersonNameKey() {
    }

    public static Set<String> surnameKeys(String prefix, String surname) {
        Set<String> keys = new LinkedHashSet<>();
        if (surname == null || surname.isBlank()) {
            return keys;
        }
        String whole = fold(join(prefix, surname));
        addKey(keys, whole.replace("-", " "));
        for (String part : whole.split("-")) {
            addKey(keys, part);
        }
        return keys;
    }

    public static boolean surnamesMatch(String prefixA, String surnameA, String prefixB, String surnameB) {
        Set<String> keys = surnameKeys(prefixA, surnameA);
        return surnameKeys(prefixB, surnameB).stream().anyMatch(keys::contains);
    }

    /** The first letter of a first name or initials, folded; "" when blank. */
    public static String initial(String firstNameOrInitials) {
        String folded = fold(firstNameOrInitials).replace(" ", "");
        return folded.isEmpty() ? "" : folded.substring(0, 1);
    }

    /** Compatible when either is unknown or the first initials agree ("A.", "Anna", "Ánna"). */
    public static boolean initialsCompatible(String a, String b) {
        String first = initial(a);
        String second = initial(b);
        return first.isEmpty() || second.isEmpty() || first.equals(second);
    }

    private static void addKey(Set<String> keys, String name) {
        String key = stripPrefixes(WHITESPACE.matcher(name.trim()).replaceAll(" ")).replace(" ", "");
        key = REPEATED_S.matcher(key.replace("ij", "y")).replaceAll("s");
        if (!key.isEmpty()) {
            keys.add(key);
        }
    }

    private static String stripPrefixes(String name) {
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (rest.startsWith(prefix) && rest.length() > prefix.length()) {
                    rest = rest.substring(prefix.length()).trim();
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }

    /** Lower case without diacritics, apostrophes or dots; hyphens kept (they separate double names). */
    static String fold(String value) {
        if (value == null) {
            return "";
        }
        if (isPlainWords(value)) {
            return value.toLowerCase(Locale.ROOT);
        }
        String mapped = value.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o")
                .replace("Ø", "o").replace("ı", "i").replace("ł", "l").replace("Ł", "l");
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(mapped, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        folded = APOSTROPHES_AND_DOTS.matcher(folded).replaceAll(" ");
        folded = SPACED_HYPHEN.matcher(folded).replaceAll("-");
        folded = NOT_A_LETTER.matcher(folded).replaceAll(" ");
        return WHITESPACE.matcher(folded).replaceAll(" ").trim();
    }

    /**
     * ASCII letters in words separated by single spaces: most names in a list, and already folded but for their case,
     * so the normalisation below (which costs more than the rest of matching) can be skipped.
     */
    private static boolean isPlainWords(String value) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (c != ' ' || i == 0 || i == length - 1 || value.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String join(String prefix, String surname) {
        return (prefix == null ? "" : prefix + " ") + (surname == null ? "" : surname);
    }
}
