package nl.wijkregie.signal.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.wijkregie.shared.ControlCharacters;
import nl.wijkregie.shared.Postcode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The monthly list of signals as CSV (docs/signal-csv-format.md). Each row stands on its own: a bad row is reported
 * with all its problems and never stops the good ones. Partners' files vary, so the separator (; or ,), the column
 * order, a BOM and Dutch or ISO dates are all accepted; the file as a whole is refused only when it cannot be read.
 */
public final class SignalCsvFormat {

    public static final List<String> COLUMNS = List.of("signaalpartner_type", "signaalpartner", "referentie",
            "voorletters", "voornaam", "voorvoegsel", "achternaam", "geboortedatum", "straat", "huisnummer",
            "toevoeging", "postcode", "plaats", "telefoon", "email", "bedrag_centen", "ontstaansdatum", "signaaldatum",
            "crisis", "warme_overdracht", "dreiging");
    private static final List<String> PARTNER_COLUMNS = List.of("signaalpartner_type", "signaalpartner");
    private static final List<String> OPTIONAL = List.of("voorletters", "voornaam", "voorvoegsel", "toevoeging",
            "telefoon", "email", "crisis", "warme_overdracht", "dreiging");
    private static final Pattern POSTCODE = Pattern.compile("^[1-9][0-9]{3} ?[A-Za-z]{2}$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+() -]+$");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern HOUSE_NUMBER = Pattern.compile("^[0-9]{1,5}$");
    private static final Pattern AMOUNT = Pattern.compile("^[0-9]{1,12}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Where Commons CSV reports a malformed quote: "(startline 3) EOF reached ..." or "... at line: 5, ...". */
    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline |line: )(\\d+)");

    /** The organisation of the uploading partner account: used for every row of its files. */
    public record Partner(PartnerType type, String organisation) {
    }

    /** The file cannot be read as a list of signals at all. */
    public static class FileProblem extends RuntimeException {
        public FileProblem(String message) {
            super(message);
        }
    }

    /** The header: separator and the index of each known column. */
    public record Header(char separator, Map<String, Integer> columns, int width) {
    }

    /** One data row: valid (a report) or not (problems). Row numbers count the header as row 1, as spreadsheets do. */
    public record Row(int rowNumber, SignalReport report, String reference, List<String> problems, String raw) {

        public boolean isValid() {
            return report != null && problems.isEmpty();
        }
    }

    private SignalCsvFormat() {
    }

    /** Checks that the whole file is UTF-8 (once, at upload) and reads its header. */
    public static Header readHeader(byte[] content, Optional<Partner> partner) {
        if (content.length == 0) {
            throw new FileProblem("Het bestand is leeg");
        }
        decode(content);
        return header(content, partner);
    }

    /** A header line longer than this is not a header: a real one is well under 1 KiB. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /**
     * The header from the first line of a stored file, read from its stream without reading further; the rest of the
     * file is checked (UTF-8, CSV) by {@link #countRows(InputStream, Header)}.
     */
    public static Header readHeader(InputStream in, Optional<Partner> partner) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (line.size() == MAX_HEADER_BYTES) {
                    throw new FileProblem("Het bestand heeft geen kopregel met kolomnamen");
                }
                line.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] first = line.toByteArray();
        if (first.length == 0) {
            throw new FileProblem("Het bestand is leeg");
        }
        return header(first, partner);
    }

    /**
     * The data rows of a file read as a stream (after its header), counted: also the check, at upload, that the whole
     * file is UTF-8 and parses as CSV, without holding more than the parser's buffer.
     */
    public static long countRows(InputStream in, Header header) {
        try (Stream<CSVRecord> records = records(in, header, true)) {
            return records.count();
        } catch (UncheckedIOException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof CharacterCodingException) {
                    throw new FileProblem("Het bestand is niet in UTF-8; sla het op als CSV UTF-8");
                }
            }
            throw new FileProblem(malformed(e));
        }
    }

    /** The rows of a file read as a stream, parsed and validated one by one. */
    public static Stream<Row> rows(InputStream in, Header header, Optional<Partner> partner, LocalDate today) {
        return records(in, header, true).map(record -> validate(record, header, partner, today));
    }

    /** Every data row of a file read as a stream, split into fields only, in file order. */
    public static Stream<RawRow> rawRows(InputStream in, Header header) {
        int[] position = {0};
        return records(in, header, true).map(record -> new RawRow(position[0]++, record));
    }

    /** The header from the first line only: the file was checked at upload and can be 15 MB. */
    private static Header header(byte[] content, Optional<Partner> partner) {
        int end = 0;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        String line = decode(Arrays.copyOf(content, end)).replace("\r", "");
        if (line.isBlank()) {
            throw new FileProblem("Het bestand heeft geen kopregel met kolomnamen");
        }
        char separator = count(line, ';') >= count(line, ',') ? ';' : ',';
        Map<String, Integer> columns = new HashMap<>();
        String[] names = line.split(Pattern.quote(String.valueOf(separator)), -1);
        for (int i = 0; i < names.length; i++) {
            columns.putIfAbsent(names[i].trim().replace("\"", "").toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = COLUMNS.stream().filter(c -> !OPTIONAL.contains(c))
                .filter(c -> partner.isEmpty() || !PARTNER_COLUMNS.contains(c))
                .filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileProblem("Verplichte kolommen ontbreken: " + String.join(", ", missing));
        }
        return new Header(separator, columns, names.length);
    }

    /**
     * Data rows, ignoring empty lines; also the check, at upload, that the whole file parses as CSV. A quote that is
     * not closed makes the parser take the rest of the file as one field, so no row after it can be trusted: the file
     * is refused naming the line, instead of failing in the background import.
     */
    public static long countRows(byte[] content) {
        try (Stream<CSVRecord> records = records(content, header(content, Optional.of(new Partner(
                PartnerType.OVERIGE, "-"))))) {
            return records.count();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FileProblem(malformed(e));
        }
    }

    private static String malformed(RuntimeException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        Matcher line = PARSER_LINE.matcher(message);
        String where = line.find() ? "Regel " + line.group(1) : "Het bestand";
        return where + " is geen geldige CSV: een aanhalingsteken (\") is niet of niet goed afgesloten. "
                + "Herstel de regel en upload het bestand opnieuw; er is niets ingelezen.";
    }

    /** The rows, parsed and validated one by one as the stream is read. */
    public static Stream<Row> rows(byte[] content, Optional<Partner> partner, LocalDate today) {
        Header header = header(content, partner);
        return records(content, header).map(record -> validate(record, header, partner, today));
    }

    /**
     * A data row split into fields but not yet validated: the batch import parses the file once, on one thread, and
     * lets each lane validate only its own rows, in parallel.
     */
    public static final class RawRow {

        private final int position;
        private final CSVRecord record;

        private RawRow(int position, CSVRecord record) {
            this.position = position;
            this.record = record;
        }

        /** 0 for the first data row. */
        public int position() {
            return position;
        }
    }

    /** The header from the first line only, without checking the whole file again (that was done at upload). */
    public static Header headerOf(byte[] content, Optional<Partner> partner) {
        return header(content, partner);
    }

    /** Every data row, split into fields only, in file order. */
    public static Stream<RawRow> rawRows(byte[] content, Header header) {
        int[] position = {0};
        return records(content, header).map(record -> new RawRow(position[0]++, record));
    }

    public static Row validate(RawRow raw, Header header, Optional<Partner> partner, LocalDate today) {
        return validate(raw.record, header, partner, today);
    }

    private static Stream<CSVRecord> records(byte[] content, Header header) {
        return records(new ByteArrayInputStream(content), header, false);
    }

    private static Stream<CSVRecord> records(InputStream in, Header header, boolean strictUtf8) {
        try {
            Reader reader = strictUtf8 ? new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))
                    : new InputStreamReader(in, StandardCharsets.UTF_8);
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(header.separator()).setIgnoreEmptyLines(true)
                    .setTrim(true).get().parse(reader);
            var iterator = parser.iterator();
            iterator.next();
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                    .onClose(() -> {
                        try {
                            parser.close();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Column names with an underscore read as words in a rejection reason; the others are words already. */
    private static final Map<String, String> COLUMN_WORDS = Map.of(
            "signaalpartner_type", "soort signaalpartner",
            "bedrag_centen", "bedrag (in centen)",
            "warme_overdracht", "warme overdracht");

    /** How a rejection reason names a column: in Dutch words, not as the technical column name. */
    static String label(String column) {
        return COLUMN_WORDS.getOrDefault(column, column);
    }

    static Row validate(CSVRecord record, Header header, Optional<Partner> partner, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Integer> column : header.columns().entrySet()) {
            String value = column.getValue() < record.size() ? record.get(column.getValue()) : null;
            String cleaned = value == null ? null : value.replace("\uFEFF", "").trim();
            if (ControlCharacters.contains(cleaned)) {
                problems.add(label(column.getKey()) + " bevat een ongeldig teken (stuurteken)");
                cleaned = ControlCharacters.replaced(cleaned);
            }
            values.put(column.getKey(), cleaned == null || cleaned.isEmpty() ? null : cleaned);
        }
        if (record.size() != header.width()) {
            problems.add("regel heeft " + record.size() + " kolommen in plaats van " + header.width());
        }
        Fields fields = new Fields(values, problems);
        PartnerType type = partner.map(Partner::type).orElseGet(() -> fields.partnerType());
        String organisation = partner.map(Partner::organisation)
                .orElseGet(() -> fields.required("signaalpartner", 200));
        String reference = fields.required("referentie", 100);
        String initials = fields.optional("voorletters", 20);
        String firstName = fields.optional("voornaam", 100);
        if (initials == null && firstName == null) {
            problems.add("voorletters of voornaam ontbreekt");
        }
        String prefix = fields.optional("voorvoegsel", 30);
        String surname = fields.required("achternaam", 100);
        LocalDate birth = fields.date("geboortedatum", true);
        if (birth != null && (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today))) {
            problems.add("geboortedatum '" + values.get("geboortedatum") + "' ligt niet tussen 1900 en vandaag");
        }
        String street = fields.required("straat", 100);
        Integer number = fields.houseNumber();
        String addition = fields.optional("toevoeging", 10);
        String postcode = fields.postcode();
        String town = fields.required("plaats", 80);
        String phone = fields.optional("telefoon", 30);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add("telefoon '" + phone + "' bevat ongeldige tekens");
        }
        String email = fields.optional("email", 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.add("email '" + email + "' is geen geldig e-mailadres");
        }
        Long amount = fields.amount();
        LocalDate arrearsSince = fields.date("ontstaansdatum", true);
        LocalDate signalDate = fields.date("signaaldatum", true);
        if (signalDate != null && signalDate.isAfter(today)) {
            problems.add("signaaldatum ligt in de toekomst");
        }
        if (signalDate != null && arrearsSince != null && signalDate.isBefore(arrearsSince)) {
            problems.add("signaaldatum ligt vóór de ontstaansdatum");
        }
        boolean crisis = fields.flag("crisis");
        boolean warm = fields.flag("warme_overdracht");
        Threat threat = fields.threat();
        String raw = ControlCharacters.replaced(String.join(String.valueOf(header.separator()), record.toList()));
        raw = raw.length() > 4000 ? raw.substring(0, 4000) : raw;
        int rowNumber = (int) record.getRecordNumber();
        if (!problems.isEmpty()) {
            return new Row(rowNumber, null, reference, List.copyOf(problems), raw);
        }
        return new Row(rowNumber, new SignalReport(type, organisation, reference, initials, firstName, prefix, surname,
                birth, street, number, addition, postcode, town, phone, email, amount, arrearsSince, signalDate, crisis,
                warm, threat), reference, List.of(), raw);
    }

    /** Reads and checks the fields of one row, collecting every problem. */
    private record Fields(Map<String, String> values, List<String> problems) {

        String required(String column, int max) {
            String value = values.get(column);
            if (value == null) {
                problems.add(label(column) + " ontbreekt");
                return null;
            }
            return limited(column, value, max);
        }

        String optional(String column, int max) {
            String value = values.get(column);
            return value == null ? null : limited(column, value, max);
        }

        private String limited(String column, String value, int max) {
            if (value.length() > max) {
                problems.add(label(column) + " is langer dan " + max + " tekens");
            }
            return value;
        }

        PartnerType partnerType() {
            String value = values.get("signaalpartner_type");
            if (value == null) {
                problems.add(label("signaalpartner_type") + " ontbreekt");
                return null;
            }
            return PartnerType.parse(value).orElseGet(() -> {
                problems.add(label("signaalpartner_type") + " '" + value + "' is onbekend");
                return null;
            });
        }

        LocalDate date(String column, boolean required) {
            String value = values.get(column);
            if (value == null) {
                if (required) {
                    problems.add(label(column) + " ontbreekt");
                }
                return null;
            }
            try {
                return ISO_DATE.matcher(value).matches() ? LocalDate.of(Integer.parseInt(value, 0, 4, 10),
                        Integer.parseInt(value, 5, 7, 10), Integer.parseInt(value, 8, 10, 10))
                        : LocalDate.parse(value, DUTCH_DATE);
            } catch (DateTimeException e) {
                problems.add(label(column) + " '" + value + "' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)");
                return null;
            }
        }

        Integer houseNumber() {
            String value = values.get("huisnummer");
            if (value == null) {
                problems.add("huisnummer ontbreekt");
                return null;
            }
            if (!HOUSE_NUMBER.matcher(value).matches() || Integer.parseInt(value) == 0) {
                problems.add("huisnummer '" + value + "' is geen positief geheel getal");
                return null;
            }
            return Integer.parseInt(value);
        }

        String postcode() {
            String value = values.get("postcode");
            if (value == null) {
                problems.add("postcode ontbreekt");
                return null;
            }
            if (!POSTCODE.matcher(value).matches()) {
                problems.add("postcode '" + value + "' is ongeldig (4 cijfers en 2 letters)");
                return null;
            }
            return Postcode.normalise(value);
        }

        Long amount() {
            String value = values.get("bedrag_centen");
            if (value == null) {
                problems.add(label("bedrag_centen") + " ontbreekt");
                return null;
            }
            if (!AMOUNT.matcher(value).matches() || Long.parseLong(value) == 0) {
                problems.add(label("bedrag_centen") + " '" + value + "' is geen positief bedrag in hele centen");
                return null;
            }
            return Long.parseLong(value);
        }

        boolean flag(String column) {
            String value = values.get(column);
            if (value == null) {
                return false;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "ja", "j", "true", "1" -> {
                    return true;
                }
                case "nee", "n", "false", "0" -> {
                    return false;
                }
                default -> {
                    problems.add(label(column) + " '" + value + "' is geen ja of nee");
                    return false;
                }
            }
        }

        Threat threat() {
            String value = values.get("dreiging");
            if (value == null || value.equalsIgnoreCase("geen")) {
                return Threat.GEEN;
            }
            try {
                return Threat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("dreiging '" + value + "' is onbekend (leeg, huisuitzetting of afsluiting)");
                return Threat.GEEN;
            }
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new FileProblem("Het bestand is niet in UTF-8; sla het op als CSV UTF-8");
        }
    }

    private static int count(String line, char c) {
        return (int) line.chars().filter(ch -> ch == c).count();
    }
}
