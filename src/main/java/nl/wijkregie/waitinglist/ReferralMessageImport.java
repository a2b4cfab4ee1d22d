package nl.wijkregie.waitinglist;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.ImportRun;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.ThisNode;
import nl.wijkregie.shared.storage.StoredFiles;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.MessageRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a file of iJw/iWmo events (CSV, semicolon-separated, header {@code bericht;bsn;product;agb;datum}) the way
 * the signal lists are imported (ADR 0020): the upload is checked as a whole (encoding, header, at most
 * {@value #MAX_ROWS} rows) and stored, then its rows are read from the stored file and applied in chunks of
 * {@value #CHUNK}, each chunk with its counts in one transaction, under a lease that every chunk renews. The request
 * that uploads runs the import itself, so the administrator gets the row report in the answer; if its node dies, the
 * lease runs out and another node (which looks every half lease) finishes the import from its last committed chunk
 * without a hand; a resume while a live run holds the import is refused (409). Each event is stored once (its key),
 * so uploading the same file again adds nothing.
 */
@ApplicationScoped
public class ReferralMessageImport {

    public static final int CHUNK = 1_000;
    public static final int MAX_ROWS = 200_000;
    public static final int REPORT_LIMIT = 500;

    private static final Logger LOG = Logger.getLogger(ReferralMessageImport.class.getName());

    @Inject
    ReferralMessageChunks chunks;

    @Inject
    StoredFiles files;

    @Inject
    Clock clock;

    @Inject
    ThisNode node;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "wijkregie.waitinglist.import.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    /** Imports this node has queued or is importing in the background: a sweep does not queue them again. */
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();

    private ScheduledFuture<?> sweep;

    /**
     * Stores the upload as it streams in (at most {@code maxBytes}), checks it by reading it back, then imports it in
     * this request; answers the import as it ended.
     */
    public MessageImport upload(InputStream body, String fileName, long maxBytes) {
        MessageImport stored = chunks.store(body, fileName, maxBytes, ReferralMessageImport::countRows);
        run(stored.getId(), false);
        return chunks.get(stored.getId());
    }

    /**
     * Resumes an interrupted or failed import from its last committed chunk, in this request; refused while a run (on
     * any node) holds it, so that it is never imported twice at once.
     */
    public MessageImport resume(UUID importId) {
        MessageImport current = chunks.get(importId);
        if (current.getStatus() == ImportRun.Status.DONE) {
            throw new RuleViolationException("import-done", "Deze import is al volledig verwerkt");
        }
        if (current.isBeingImported(clock.instant()) || !run(importId, false)) {
            throw new ConflictException("Deze import wordt nu verwerkt. Hervatten kan pas als die verwerking stopt.");
        }
        return chunks.get(importId);
    }

    /** The file's rows, counted by reading it through: its header and encoding are checked on the way. */
    private static int countRows(InputStream file) {
        int[] rows = {0};
        forEachRow(file, 0, row -> rows[0]++);
        if (rows[0] > MAX_ROWS) {
            throw new RuleViolationException("message-too-many-rows", "Het bestand heeft " + rows[0]
                    + " regels; het maximum is " + MAX_ROWS + ". Splits het bestand.");
        }
        return rows[0];
    }

    /** Runs the import to its end unless another live run holds it (false then). */
    boolean run(UUID importId, boolean nodeRestarted) {
        var plan = chunks.begin(importId, node.name(), lease(), nodeRestarted);
        if (plan.isEmpty()) {
            return false;
        }
        try {
            LocalDate today = LocalDate.now(clock);
            List<MessageRow> chunk = new ArrayList<>(CHUNK);
            forEachRow(files.open(plan.get().fileId()), plan.get().rowsDone(), row -> {
                chunk.add(row.apply(today));
                if (chunk.size() == CHUNK) {
                    chunks.process(importId, plan.get(), chunk);
                    chunk.clear();
                }
            });
            chunks.process(importId, plan.get(), chunk);
            chunks.finish(importId, plan.get().run());
        } catch (ReferralMessageChunks.LeaseLost e) {
            LOG.warning(() -> "Import " + importId + " stopped: another run took it over");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + importId + " failed", e);
            chunks.markFailed(importId, plan.get().run());
        }
        return true;
    }

    /** A row as read: checked against today's date when it is applied. */
    private interface ReadRow {
        MessageRow apply(LocalDate today);
    }

    /**
     * Streams the data rows of a stored file, after skipping the first {@code skip} (the committed ones), without
     * holding more than one row; a file that is not UTF-8 CSV with the right header is refused as a whole.
     */
    private static void forEachRow(InputStream file, int skip, Consumer<ReadRow> sink) {
        Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase()).toList();
            if (!header.equals(MessageRow.HEADER)) {
                throw new RuleViolationException("message-header", "De kopregel moet zijn: "
                        + String.join(";", MessageRow.HEADER));
            }
            int seen = 0;
            for (CSVRecord record : parser) {
                if (seen++ < skip) {
                    continue;
                }
                int rowNumber = (int) record.getRecordNumber() + 1;
                sink.accept(today -> record.size() != MessageRow.HEADER.size()
                        ? new MessageRow(rowNumber, "", "", "", "", null,
                        List.of("regel: verwacht " + MessageRow.HEADER.size() + " velden, gevonden " + record.size()))
                        : MessageRow.parse(rowNumber, record.get(0), record.get(1), record.get(2), record.get(3),
                        record.get(4), today));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RuleViolationException("message-file", "Het bestand is geen leesbare CSV in UTF-8: "
                    + e.getMessage());
        }
    }

    /**
     * At start-up this node resumes what it held itself before it stopped, and every import nobody holds; afterwards
     * it looks again every half lease for imports whose run died with its node.
     */
    void resumeAtStartUp(@Observes @Priority(410) @Initialized(ApplicationScoped.class) Object event) {
        chunks.unattended(clock.instant(), node.name()).forEach(id -> inBackground(id, true));
        long every = Math.max(1, leaseSeconds / 2);
        sweep = scheduler.scheduleWithFixedDelay(this::takeOverUnattended, every, every, TimeUnit.SECONDS);
    }

    void stopSweeping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Queues the imports nobody holds: received a lease ago and never started, or whose run's lease expired. */
    void takeOverUnattended() {
        try {
            chunks.unattended(clock.instant().minus(lease()), null).forEach(id -> inBackground(id, false));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for unattended message imports failed", e);
        }
    }

    private void inBackground(UUID importId, boolean nodeRestarted) {
        if (queued.add(importId)) {
            executor.execute(() -> {
                try {
                    run(importId, nodeRestarted);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "Import " + importId + " could not start", e);
                } finally {
                    queued.remove(importId);
                }
            });
        }
    }

    private Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }
}
