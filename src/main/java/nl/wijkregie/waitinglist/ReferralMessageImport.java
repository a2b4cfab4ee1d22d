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
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.ImportRun;
import nl.wijkregie.shared.LaneFeed;
import nl.wijkregie.shared.LaneRunner;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.ThisNode;
import nl.wijkregie.shared.storage.StoredFiles;
import nl.wijkregie.waitinglist.domain.MessageImport;
import nl.wijkregie.waitinglist.domain.MessageRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a file of iJw/iWmo events (CSV, semicolon-separated, header {@code bericht;bsn;product;agb;datum}) the way
 * the signal lists are imported (ADR 0020): the upload is checked as a whole (encoding, header, at most
 * {@value #MAX_ROWS} rows) and stored, then its rows are read from the stored file once and handed to parallel lanes
 * by BSN (ADR 0034), each lane applying its rows in chunks of {@value #CHUNK}, each chunk with its counts in one
 * transaction, under a lease that every chunk renews. The request
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

    /** Lanes that import a file side by side (ADR 0034): two give the database and the server a core each. */
    @Inject
    @ConfigProperty(name = "wijkregie.waitinglist.import.lanes", defaultValue = "2")
    int lanes;

    /** Imports this node has queued or is importing in the background: a sweep does not queue them again. */
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();

    private ScheduledFuture<?> sweep;

    /**
     * Stores the upload as it streams in (at most {@code maxBytes}), checks it by reading it back, then imports it in
     * this request; answers the import as it ended.
     */
    public MessageImport upload(InputStream body, String fileName, long maxBytes) {
        MessageImport stored = chunks.store(body, fileName, maxBytes, ReferralMessageImport::countRows, lanes);
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
        long rows;
        try (Stream<ReadRow> all = rows(file)) {
            rows = all.count();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
        if (rows > MAX_ROWS) {
            throw new RuleViolationException("message-too-many-rows", "Het bestand heeft " + rows
                    + " regels; het maximum is " + MAX_ROWS + ". Splits het bestand.");
        }
        return (int) rows;
    }

    /** Runs the import to its end unless another live run holds it (false then). */
    boolean run(UUID importId, boolean nodeRestarted) {
        var plan = chunks.begin(importId, node.name(), lease(), nodeRestarted);
        if (plan.isEmpty()) {
            return false;
        }
        try {
            importRemaining(importId, plan.get());
            chunks.finish(importId, plan.get().run());
        } catch (ReferralMessageChunks.LeaseLost e) {
            LOG.warning(() -> "Import " + importId + " stopped: another run took it over");
        } catch (CancellationException e) {
            LOG.warning(() -> "Import " + importId + " stopped before its end; it resumes later");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + importId + " failed", e);
            chunks.markFailed(importId, plan.get().run());
        }
        return true;
    }

    /**
     * The one parsing pass on this thread hands each row to the lane of its BSN ({@link MessageRow#laneOf}), skipping
     * each lane's committed rows; the lanes check their rows and import them in chunks side by side ({@link
     * LaneRunner}, ADR 0034).
     */
    private void importRemaining(UUID importId, ReferralMessageChunks.Plan plan) {
        LocalDate today = LocalDate.now(clock);
        LaneRunner.<ReadRow, MessageRow>run(executor, plan.lanes(), CHUNK, lanes -> {
            try (Stream<ReadRow> rows = rows(files.open(plan.fileId()))) {
                LaneFeed.dispatch(rows.iterator(), row -> MessageRow.laneOf(row.bsn(), row.rowNumber(), plan.lanes()),
                        plan.rowsDonePerLane(), lanes);
            }
        }, row -> row.apply(today), (lane, chunk) -> chunks.process(importId, lane, plan, chunk));
    }

    /** A row as read, split into fields but not yet checked: its lane needs only its BSN and row number. */
    private record ReadRow(int rowNumber, List<String> fields) {

        String bsn() {
            return fields.size() == MessageRow.HEADER.size() ? fields.get(1) : "";
        }

        /** The row checked against today's date, when its lane applies it. */
        MessageRow apply(LocalDate today) {
            return fields.size() != MessageRow.HEADER.size()
                    ? new MessageRow(rowNumber, "", "", "", "", null, List.of("regel: verwacht "
                    + MessageRow.HEADER.size() + " velden, gevonden " + fields.size()))
                    : MessageRow.parse(rowNumber, fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                    fields.get(4), today);
        }
    }

    /**
     * The data rows of a stored file, streamed without holding more than one row. A file without the right header is
     * refused here; one that is not UTF-8 or not CSV breaks off where it goes wrong, with an unchecked exception that
     * {@link #unreadable} words for the administrator.
     */
    private static Stream<ReadRow> rows(InputStream file) {
        Reader reader = new InputStreamReader(file, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setCommentMarker('#').get();
        CSVParser parser;
        try {
            parser = CSVParser.parse(reader, format);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw unreadable(e);
        }
        List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase()).toList();
        if (!header.equals(MessageRow.HEADER)) {
            closeQuietly(parser);
            throw new RuleViolationException("message-header", "De kopregel moet zijn: "
                    + String.join(";", MessageRow.HEADER));
        }
        return parser.stream().map(record -> new ReadRow((int) record.getRecordNumber() + 1, record.toList()))
                .onClose(() -> closeQuietly(parser));
    }

    /** A file that cannot be read as a whole, said without the parser's own words (they name Java classes). */
    private static RuleViolationException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new RuleViolationException("message-file",
                        "Het bestand is niet in UTF-8; sla het op als CSV UTF-8");
            }
        }
        return new RuleViolationException("message-file", "Het bestand is geen leesbare CSV; controleer de"
                + " aanhalingstekens en het scheidingsteken (;)");
    }

    private static void closeQuietly(CSVParser parser) {
        try {
            parser.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the parser failed", e);
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
