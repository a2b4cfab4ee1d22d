package nl.wijkregie.waitinglist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.MessageRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Imports a file of iJw/iWmo events (CSV, semicolon-separated, header {@code bericht;bsn;product;agb;datum}) as a
 * stream: rows are read, checked and applied in chunks of {@value #CHUNK} rows, each chunk in its own transaction, so
 * neither the file nor its report is ever held in memory. Each event is stored once (its key): uploading the same
 * file again adds nothing, and uploading it again after an interruption applies only the rows that were not yet
 * committed (that is how an import resumes). Limits: {@value #MAX_ROWS} rows; the request size is limited by the
 * resource.
 */
@ApplicationScoped
public class ReferralMessageImport {

    public static final int CHUNK = 1_000;
    public static final int MAX_ROWS = 200_000;
    public static final int REPORT_LIMIT = 500;

    @Inject
    ReferralMessageChunks chunks;

    @Inject
    Clock clock;

    public MessageImport importCsv(InputStream body, String fileName) {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase()).toList();
            if (!header.equals(MessageRow.HEADER)) {
                throw new RuleViolationException("message-header", "De kopregel moet zijn: "
                        + String.join(";", MessageRow.HEADER));
            }
            UUID importId = chunks.begin(fileName);
            LocalDate today = LocalDate.now(clock);
            List<MessageRow> chunk = new ArrayList<>(CHUNK);
            int rows = 0;
            for (CSVRecord record : parser) {
                rows++;
                if (rows > MAX_ROWS) {
                    chunks.process(importId, chunk);
                    chunk.clear();
                    chunks.tooMany(importId, rows, MAX_ROWS);
                    break;
                }
                int rowNumber = (int) record.getRecordNumber() + 1;
                chunk.add(record.size() != MessageRow.HEADER.size()
                        ? new MessageRow(rowNumber, "", "", "", "", null,
                        List.of("regel: verwacht " + MessageRow.HEADER.size() + " velden, gevonden " + record.size()))
                        : MessageRow.parse(rowNumber, record.get(0), record.get(1), record.get(2), record.get(3),
                        record.get(4), today));
                if (chunk.size() == CHUNK) {
                    chunks.process(importId, chunk);
                    chunk.clear();
                }
            }
            chunks.process(importId, chunk);
            return chunks.finish(importId);
        } catch (IOException | UncheckedIOException e) {
            throw new RuleViolationException("message-file", "Het bestand is geen leesbare CSV in UTF-8: "
                    + e.getMessage());
        }
    }
}
