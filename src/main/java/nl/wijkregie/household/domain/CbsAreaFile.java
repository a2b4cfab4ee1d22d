package nl.wijkregie.household.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import nl.wijkregie.shared.InvalidFieldException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CBS "Kerncijfers wijken en buurten" CSV row by row, keeping only the wijken and buurten of one
 * municipality: a national file of 17,000 rows is never held in memory. Both CBS layouts are understood — the kwb
 * file (columns {@code gwb_code}, {@code regio}) and the StatLine export ({@code Codering}/{@code Codering_3} and
 * {@code Wijken en buurten}/{@code WijkenEnBuurten}) — with semicolons or commas. A buurt's wijk follows from its code
 * (BU + GM digits + wijk digits + buurt digits), so the file needs no parent column.
 */
public final class CbsAreaFile {

    private static final List<String> CODE_COLUMNS = List.of("gwb_code", "codering", "codering_3");
    private static final List<String> NAME_COLUMNS = List.of("regio", "wijken en buurten", "wijkenenbuurten",
            "regioaanduiding", "naam");
    private static final Pattern WIJK = Pattern.compile("^WK[0-9]{6}$");
    private static final Pattern BUURT = Pattern.compile("^BU[0-9]{8}$");
    private static final Pattern MUNICIPALITY = Pattern.compile("^GM[0-9]{4}$");

    /** A wijk (wijkCode null) or a buurt of the municipality. */
    public record Area(String code, String name, String wijkCode) {
        public boolean isBuurt() {
            return wijkCode != null;
        }
    }

    /** A row that could not be read: its line in the file, its code as written, and why. */
    public record Rejection(long line, String code, String reason) {
    }

    private CbsAreaFile() {
    }

    /**
     * Reads the file; {@code areas} gets the wijken and buurten of {@code municipality}, {@code rejected} the rows of
     * it that are wrong. Rows of other municipalities and of the municipality itself are skipped.
     *
     * @return how many rows belonged to other municipalities
     * @throws InvalidFieldException when the file has no code or name column (not a CBS file)
     */
    public static long read(Reader reader, String municipality, Consumer<Area> areas, Consumer<Rejection> rejected) {
        if (!MUNICIPALITY.matcher(municipality).matches()) {
            throw new InvalidFieldException("municipality", "Gemeentecode is een CBS-code, bijvoorbeeld GM0479");
        }
        String digits = municipality.substring(2);
        try {
            Reader input = reader.markSupported() ? reader : new java.io.BufferedReader(reader);
            input.mark(4096);
            char[] start = new char[4096];
            int read = input.read(start);
            input.reset();
            String firstLine = read <= 0 ? "" : new String(start, 0, read).lines().findFirst().orElse("");
            if (firstLine.startsWith("\uFEFF")) {
                input.skip(1);
                firstLine = firstLine.substring(1);
            }
            char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                    .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                    .get().parse(input);
            Map<String, Integer> header = parser.getHeaderMap();
            String codeColumn = column(header, CODE_COLUMNS).orElseThrow(() -> new InvalidFieldException("file",
                    "Dit is geen CBS-bestand van wijken en buurten: er is geen kolom gwb_code of Codering"));
            String nameColumn = column(header, NAME_COLUMNS).orElseThrow(() -> new InvalidFieldException("file",
                    "Dit is geen CBS-bestand van wijken en buurten: er is geen kolom regio of Wijken en buurten"));
            long others = 0;
            Iterator<CSVRecord> rows = parser.iterator();
            while (rows.hasNext()) {
                CSVRecord row;
                try {
                    row = rows.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    rejected.accept(new Rejection(parser.getCurrentLineNumber(), "",
                            "Regel niet te lezen (aanhalingstekens?)"));
                    break;
                }
                long line = row.getRecordNumber() + 1;
                String code = row.isSet(codeColumn) ? row.get(codeColumn).trim().toUpperCase(Locale.ROOT) : "";
                String name = row.isSet(nameColumn) ? row.get(nameColumn).trim() : "";
                if (code.startsWith("GM") || code.startsWith("NL")) {
                    continue;
                }
                boolean wijk = WIJK.matcher(code).matches();
                boolean buurt = BUURT.matcher(code).matches();
                if (!wijk && !buurt) {
                    rejected.accept(new Rejection(line, shorten(code), "Geen CBS-code van een wijk of buurt"));
                    continue;
                }
                if (!code.substring(2, 6).equals(digits)) {
                    others++;
                    continue;
                }
                if (name.isEmpty()) {
                    rejected.accept(new Rejection(line, code, "Naam ontbreekt"));
                } else if (name.length() > 100) {
                    rejected.accept(new Rejection(line, code, "Naam langer dan 100 tekens"));
                } else {
                    areas.accept(new Area(code, name, buurt ? "WK" + code.substring(2, 8) : null));
                }
            }
            return others;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("file", "Het bestand is geen leesbare CSV: " + e.getMessage());
        }
    }

    private static Optional<String> column(Map<String, Integer> header, List<String> candidates) {
        return header.keySet().stream().filter(name -> name != null
                && candidates.contains(name.trim().replace("\uFEFF", "").toLowerCase(Locale.ROOT))).findFirst();
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }

    private static String shorten(String code) {
        return code.length() > 20 ? code.substring(0, 20) + "…" : code;
    }
}
