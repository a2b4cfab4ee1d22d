package nl.wijkregie.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import nl.wijkregie.shared.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file to download, the way Dutch spreadsheet users open it: UTF-8 with a BOM, semicolon-separated, and every
 * cell made safe against formula injection ({@link SpreadsheetCells}).
 */
public final class CsvDownload {

    private CsvDownload() {
    }

    /** Rows that are written while the response goes out, one at a time: memory stays flat for any number of rows. */
    @FunctionalInterface
    public interface RowSource {
        void writeTo(Consumer<List<Object>> rows);
    }

    /** A download of any size: the rows are read and written while the response streams (no Content-Length). */
    public static Response streamed(String fileName, List<String> header, RowSource source) {
        StreamingOutput body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';')
                    .setHeader(header.toArray(String[]::new)).get().print(writer);
            source.writeTo(row -> {
                try {
                    printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    public static Response of(String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(header.toArray(String[]::new)).get().print(csv)) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok("\uFEFF" + csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
