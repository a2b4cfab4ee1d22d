package nl.wijkregie.waitinglist.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One row of an iJw/iWmo event file, checked on its own: message 315/301/305/307, a BSN that passes the eleven-test,
 * a known product category, an 8-digit AGB code and a date (yyyy-mm-dd) not in the future. Its key (a hash of the
 * normalised fields) makes a re-sent event recognisable, so an upload is idempotent.
 */
public record MessageRow(int rowNumber, String kind, String bsn, String productCode, String agbCode, LocalDate on,
                         List<String> problems) {

    public static final List<String> HEADER = List.of("bericht", "bsn", "product", "agb", "datum");

    public static MessageRow parse(int rowNumber, String kind, String bsn, String product, String agb, String date,
                                   LocalDate today) {
        List<String> problems = new ArrayList<>();
        String k = strip(kind);
        if (Step.ofMessage(k).isEmpty()) {
            problems.add("bericht: onbekend bericht '" + k + "' (315, 301, 305 of 307)");
        }
        String b = normalBsn(bsn);
        if (!validBsn(b)) {
            problems.add("bsn: geen geldig BSN (9 cijfers, elfproef)");
        }
        String p = strip(product);
        if (ProductCatalogue.shipped().find(p).isEmpty()) {
            problems.add("product: onbekende productcategorie '" + p + "'");
        }
        String a = strip(agb);
        if (!a.matches("[0-9]{8}")) {
            problems.add("agb: een AGB-code heeft 8 cijfers");
        }
        LocalDate on = null;
        try {
            on = LocalDate.parse(strip(date));
            if (on.isAfter(today)) {
                problems.add("datum: ligt in de toekomst");
                on = null;
            }
        } catch (DateTimeParseException e) {
            problems.add("datum: geen datum (jjjj-mm-dd)");
        }
        return new MessageRow(rowNumber, k, b, p, a, on, List.copyOf(problems));
    }

    /**
     * The lane that imports a row (ADR 0034): by its BSN as read, so all events of one person, and every repeat of an
     * event (its key holds the BSN), go to one lane in the order of the file; a row without a BSN only adds a line to
     * the report and goes round-robin by its row number.
     */
    public static int laneOf(String bsnField, int rowNumber, int lanes) {
        String bsn = normalBsn(bsnField);
        return Math.floorMod(bsn.isEmpty() ? rowNumber : bsn.hashCode(), lanes);
    }

    /** The BSN as it is compared and stored: without surrounding blanks, 8 digits written as 9 with a leading 0. */
    private static String normalBsn(String field) {
        String bsn = strip(field);
        return bsn.length() == 8 ? "0" + bsn : bsn;
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public Step step() {
        return Step.ofMessage(kind).orElseThrow();
    }

    public String key() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("|", kind, bsn, productCode, agbCode,
                    on.toString()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    static boolean validBsn(String candidate) {
        String digits = normalBsn(candidate);
        if (!digits.matches("\\d{9}") || digits.equals("000000000")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        return (sum - (digits.charAt(8) - '0')) % 11 == 0;
    }
}
