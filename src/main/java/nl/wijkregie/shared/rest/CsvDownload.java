package nl.wijkregie.shared.rest;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
