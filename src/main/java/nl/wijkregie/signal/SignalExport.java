package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.signal.domain.DdasDelivery;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The municipality's DDAS delivery to CBS for a period: the signal cases matched in it with their signals, contact
 * attempts and end results, in the national JSON format, streamed. Every exported case is access-logged as an export.
 */
@ApplicationScoped
public class SignalExport {

    public static final int MAX_PERIOD_DAYS = 366;
    static final int CHUNK = 1_000;
    private static final int BUFFER = 64 * 1024;

    @Inject
    SignalExportChunks chunks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.supplier-code", defaultValue = "WIJKREGIE")
    String supplierCode;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.municipality-code", defaultValue = "0479")
    String municipalityCode;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.organisation", defaultValue = "Gemeente Zaanstad")
    String organisation;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.kvk-number", defaultValue = "34366966")
    String kvkNumber;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-name", defaultValue = "Team Schuldhulpverlening")
    String contactName;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-phone", defaultValue = "14 075")
    String contactPhone;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-email", defaultValue = "vroegsignalering@zaanstad.nl")
    String contactEmail;

    @Inject
    @ConfigProperty(name = "wijkregie.ddas.contact-title", defaultValue = "Functioneel beheerder")
    String contactTitle;

    /** Fails with a 4xx before anything is streamed: a bad period must not start a delivery. */
    public void checkPeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new RuleViolationException("export-period",
                    "De periode loopt van 'from' tot en met 'to' en is hooguit een jaar");
        }
    }

    /**
     * Writes the delivery to {@code out} as it reads the cases, {@value #CHUNK} at a time in a transaction each
     * ({@link SignalExportChunks}), so memory stays flat for any period (a month of national volume is hundreds of
     * thousands of cases). The format puts every signal before every case: the signals go straight out, the cases are
     * kept in a temporary file meanwhile and copied after them, one at a time. Cases opened after the delivery's
     * moment wait for the next delivery, so the delivery describes one moment.
     */
    public void writeDelivery(LocalDate from, LocalDate to, OutputStream out) throws IOException {
        checkPeriod(from, to);
        Instant deliveredAt = clock.instant();
        DdasDelivery.Sender sender = new DdasDelivery.Sender(supplierCode, municipalityCode, organisation, kvkNumber,
                contactName, contactPhone, contactEmail, contactTitle);
        Path casesFile = Files.createTempFile("ddas-cases-", ".json");
        try (JsonGenerator json = Json.createGenerator(new BufferedOutputStream(out, BUFFER))) {
            DdasDelivery delivery = DdasDelivery.start(json, sender, from, to, deliveredAt);
            try (JsonGenerator cases = Json.createGenerator(new BufferedOutputStream(
                    Files.newOutputStream(casesFile), BUFFER))) {
                cases.writeStartArray();
                SignalExportChunks.Chunk chunk = null;
                do {
                    chunk = chunks.read(delivery, from, to, deliveredAt, chunk == null ? null : chunk.last(), CHUNK);
                    chunk.signals().forEach(delivery::writeSignal);
                    chunk.cases().forEach(cases::write);
                } while (chunk.cases().size() == CHUNK);
                cases.writeEnd();
            }
            try (JsonParser parser = Json.createParser(new BufferedInputStream(Files.newInputStream(casesFile),
                    BUFFER))) {
                parser.next();
                delivery.finish(parser.getArrayStream().iterator());
            }
        } finally {
            Files.deleteIfExists(casesFile);
        }
    }
}
