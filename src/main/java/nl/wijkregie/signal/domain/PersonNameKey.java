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
 * (Jansen-de Vries/de Vries), and the prefix written after a comma as registers sort names ("Vries, de"). Each key is a
 * core name with the prefixes that stood before it ({@code "vander/berg"}). Two surnames match when a core is shared
 * and, where both sides wrote a prefix, the prefix is the same: a missing prefix is a spelling variant, but a
 * different one ("van den Berg" against "van der Berg") names a different family, which a professional must confirm.
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

    private static final char PREFIX_END = '/';

    /** How two surnames compare. */
    public enum Agreement {
        /** Variants of one name. */
        SAME,
        /** The same name after different prefixes: maybe a typing error, maybe another family. */
        PREFIX_DIFFERS,
        DIFFERENT
    }

    private PersonNameKey() {
    }

    /** The keys of a name as {@code prefixes/core}, the prefixes without spaces and empty when there are none. */
    public static Set<String> surnameKeys(String prefix, String surname) {
        Set<String> keys = new LinkedHashSet<>();
        if (surname == null || surname.isBlank()) {
            return keys;
        }
        String whole = fold(join(prefix, prefixFromBehindTheComma(surname)));
        addKey(keys, whole.replace("-", " "));
        for (String part : whole.split("-")) {
            addKey(keys, part);
        }
        return keys;
    }

    public static boolean surnamesMatch(String prefixA, String surnameA, String prefixB, String surnameB) {
        return compare(prefixA, surnameA, prefixB, surnameB) == Agreement.SAME;
    }

    public static Agreement compare(String prefixA, String surnameA, String prefixB, String surnameB) {
        Set<String> keysB = surnameKeys(prefixB, surnameB);
        Agreement agreement = Agreement.DIFFERENT;
        for (String a : surnameKeys(prefixA, surnameA)) {
            for (String b : keysB) {
                if (!core(a).equals(core(b))) {
                    continue;
                }
                String prefixOfA = prefixOf(a);
                String prefixOfB = prefixOf(b);
                if (prefixOfA.isEmpty() || prefixOfB.isEmpty() || prefixOfA.equals(prefixOfB)) {
                    return Agreement.SAME;
                }
                agreement = Agreement.PREFIX_DIFFERS;
            }
        }
        return agreement;
    }

    private static String core(String key) {
        return key.substring(key.indexOf(PREFIX_END) + 1);
    }

    private static String prefixOf(String key) {
        return key.substring(0, key.indexOf(PREFIX_END));
    }

    /**
     * "Vries, de" → "de Vries": registers and some creditors sort by the core name and write the prefix behind a
     * comma. Only a known prefix is moved; anything else after a comma is left as it is.
     */
    private static String prefixFromBehindTheComma(String surname) {
        int comma = surname.lastIndexOf(',');
        if (comma < 0) {
            return surname;
        }
        String behind = fold(surname.substring(comma + 1));
        String before = surname.substring(0, comma);
        if (!before.isBlank() && !behind.isEmpty() && PREFIXES.contains(behind + " ")) {
            return behind + " " + before;
        }
        return surname;
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
        String spaced = WHITESPACE.matcher(name.trim()).replaceAll(" ");
        String core = stripPrefixes(spaced);
        String prefixes = spaced.substring(0, spaced.length() - core.length()).replace(" ", "");
        String key = REPEATED_S.matcher(core.replace(" ", "").replace("ij", "y")).replaceAll("s");
        if (!key.isEmpty()) {
            keys.add(prefixes + PREFIX_END + key);
        }
    }

    /** The name without its leading prefixes; always a suffix of {@code name}. */
    private static String stripPrefixes(String name) {
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String prefix : PREFIXES) {
                if (rest.startsWith(prefix) && rest.length() > prefix.length()) {
                    rest = rest.substring(prefix.length()).stripLeading();
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
