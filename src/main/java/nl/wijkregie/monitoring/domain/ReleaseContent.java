package nl.wijkregie.monitoring.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * What a release publishes, cell by cell: only rounded counts or the suppression mark, never an exact count, plus for
 * a share the count it is out of and the percentage of the two published figures. Built from protected tables only,
 * so nothing the disclosure control withheld can end up in it. The content hash is over these cells in order.
 */
public record ReleaseContent(List<String> areas, List<String> months, List<Cell> cells) {

    /** The key of the row and column totals. */
    public static final String TOTAL = "totaal";

    /**
     * One cell: area code (or {@value #TOTAL}), month yyyy-mm (or {@value #TOTAL}), the published count or "x" with
     * the reason; for a share also the published count it is out of and the percentage (null unless both are
     * published).
     */
    public record Cell(String area, String month, String count, String suppression, String outOf,
                       String outOfSuppression, Integer percentage) {
    }

    public ReleaseContent {
        areas = List.copyOf(areas);
        months = List.copyOf(months);
        cells = List.copyOf(cells);
    }

    /** @param denominator for a share, the protected table of what the numerator is out of; else null */
    public static ReleaseContent of(ProtectedTable numerator, ProtectedTable denominator) {
        List<String> areas = numerator.rows();
        List<String> months = numerator.columns();
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r <= areas.size(); r++) {
            for (int c = 0; c <= months.size(); c++) {
                String area = r == areas.size() ? TOTAL : areas.get(r);
                String month = c == months.size() ? TOTAL : months.get(c);
                OptionalLong count = numerator.published(r, c);
                String outOf = null;
                String outOfSuppression = null;
                Integer percentage = null;
                if (denominator != null) {
                    OptionalLong base = denominator.published(r, c);
                    outOf = denominator.display(r, c);
                    outOfSuppression = name(denominator.suppression(r, c));
                    if (count.isPresent() && base.isPresent() && base.getAsLong() > 0) {
                        percentage = (int) Math.round(100.0 * Math.min(count.getAsLong(), base.getAsLong())
                                / base.getAsLong());
                    }
                }
                cells.add(new Cell(area, month, numerator.display(r, c), name(numerator.suppression(r, c)), outOf,
                        outOfSuppression, percentage));
            }
        }
        return new ReleaseContent(areas, months, cells);
    }

    private static String name(Suppression suppression) {
        return suppression == null ? null : suppression.name();
    }

    /** SHA-256 over the cells as published, in order: two releases with the same figures have the same hash. */
    public String contentHash() {
        StringBuilder canonical = new StringBuilder();
        for (Cell cell : cells) {
            canonical.append(cell.area()).append(';').append(cell.month()).append(';').append(cell.count())
                    .append(';').append(cell.outOf()).append(';').append(cell.percentage()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
