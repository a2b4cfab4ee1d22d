package nl.wijkregie.household.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.wijkregie.household.AreaCatalogue;
import nl.wijkregie.household.AreaCatalogue.AreaRow;
import nl.wijkregie.shared.persistence.DatabaseMigrations;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the municipality's wijken and buurten from a CSV file at start-up: codes not yet known are added, what an
 * admin changed since is left alone. The file is {@code classpath:reference/areas-GM0479.csv} unless
 * {@code wijkregie.areas.file} names another (a path on disk, or {@code classpath:…}).
 */
@ApplicationScoped
public class AreaReferenceFile {

    private static final Logger LOG = Logger.getLogger(AreaReferenceFile.class.getName());

    @Inject
    @ConfigProperty(name = "wijkregie.areas.file", defaultValue = "classpath:reference/areas-GM0479.csv")
    String location;

    @Inject
    @ConfigProperty(name = "auth.mode", defaultValue = "oidc")
    String authMode;

    @Inject
    AreaCatalogue catalogue;

    void loadOnStart(@Observes @Priority(DatabaseMigrations.STARTUP_ORDER + 10)
                     @Initialized(ApplicationScoped.class) Object event) {
        List<AreaRow> rows = read(location);
        int added = catalogue.addMissing(rows);
        LOG.info(() -> "Areas from " + location + ": " + rows.size() + " rows, " + added + " new wijken/buurten");
        if ("oidc".equals(authMode) && catalogue.isIllustrative()) {
            LOG.warning("The wijken and buurten are the illustrative list shipped with Wijkregie, not the real CBS"
                    + " codes: load the CBS 'Kerncijfers wijken en buurten' file under Beheer (docs/operations.md)");
        }
    }

    /** Rows of a file with header municipality;wijk_code;wijk_name;buurt_code;buurt_name;team. */
    public static List<AreaRow> read(String location) {
        try (Reader reader = open(location)) {
            List<AreaRow> rows = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
                rows.add(new AreaRow(row.get("municipality"), row.get("wijk_code"), row.get("wijk_name"),
                        emptyToNull(row.get("buurt_code")), emptyToNull(row.get("buurt_name")),
                        row.isMapped("team") ? emptyToNull(row.get("team")) : null));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read areas file " + location, e);
        }
    }

    private static Reader open(String location) throws IOException {
        InputStream in = location.startsWith("classpath:")
                ? AreaReferenceFile.class.getClassLoader().getResourceAsStream(location.substring("classpath:".length()))
                : Files.newInputStream(Path.of(location));
        if (in == null) {
            throw new IOException("not found");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
