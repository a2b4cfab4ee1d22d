package nl.wijkregie.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The server log is read by operators to find real errors, so everyday requests — a page load, a timeline, an
 * answered optimistic-lock conflict (409) — must not write error lines there. Before this test, reading display
 * names outside a transaction logged J2CA0026E/DSRA9400E on every page, and a 409 could log WTRN0074E.
 */
class ServerLogIT {

    private static final Path LOG = Path.of(System.getProperty("wijkregie.serverLog",
            "target/liberty/wlp/usr/servers/wijkregie-it/logs/messages.log"));
    private static final Pattern NOISE = Pattern.compile("J2CA0026E|DSRA9400E|WTRN0074E|WTRN0075W");

    private final Api fatima = Api.as("fatima");

    @Test
    void everydayRequestsAndAnsweredConflictsLogNoErrors() throws IOException {
        long before = Files.size(LOG);

        assertThat(fatima.get("/api/v1/me").status()).isEqualTo(200);
        JsonObject caseFile = Cases.newCase(fatima);
        String caseId = caseFile.getString("id");
        assertThat(fatima.get("/api/v1/cases/" + caseId + "/timeline").status()).isEqualTo(200);
        assertThat(Cases.transition(fatima, caseFile, "INTAKE").status()).isEqualTo(200);
        Api.Response stale = Cases.transition(fatima, caseFile, "AFGESLOTEN");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);

        List<String> noise = appendedSince(before).stream().filter(line -> NOISE.matcher(line).find()).toList();
        assertThat(noise).as("error lines written by everyday requests").isEmpty();
    }

    private static List<String> appendedSince(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long length = file.length();
            if (length <= offset) {
                return List.of();
            }
            byte[] appended = new byte[(int) (length - offset)];
            file.seek(offset);
            file.readFully(appended);
            return Arrays.asList(new String(appended, StandardCharsets.UTF_8).split("\n"));
        }
    }
}
