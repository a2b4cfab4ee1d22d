package nl.wijkregie.household.domain;

/**
 * The citizen service number: 9 digits (8 padded with a leading zero) that pass the eleven-test. Kept only when the
 * professional records it; never used as a key.
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String digits = candidate.length() == 8 ? "0" + candidate : candidate;
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** The normalised 9-digit form; fails for an invalid number. */
    public static String normalise(String candidate) {
        if (!isValid(candidate)) {
            throw new IllegalArgumentException("not a valid BSN");
        }
        return candidate.length() == 8 ? "0" + candidate : candidate;
    }

    /** What screens show: the last four digits only ("*****1234"); the full number is a separate, logged read. */
    public static String masked(String bsn) {
        if (bsn == null || bsn.length() < 4) {
            return null;
        }
        return "*".repeat(bsn.length() - 4) + bsn.substring(bsn.length() - 4);
    }
}
