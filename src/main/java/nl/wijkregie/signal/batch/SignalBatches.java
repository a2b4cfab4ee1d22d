package nl.wijkregie.signal.batch;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessLog;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.AccessedSubject;
import nl.wijkregie.audit.SubjectType;
import nl.wijkregie.security.CurrentUser;
import nl.wijkregie.signal.SignalPartners;
import nl.wijkregie.signal.SignalPolicy;
import nl.wijkregie.security.Roles;
import nl.wijkregie.shared.ConflictException;
import nl.wijkregie.shared.ImportRun;
import nl.wijkregie.shared.LaneRunner;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.RuleViolationException;
import nl.wijkregie.shared.ThisNode;
import nl.wijkregie.shared.storage.StoredFile;
import nl.wijkregie.shared.storage.StoredFiles;
import nl.wijkregie.signal.domain.ImportLanes;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.persistence.SignalBatchRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Monthly lists: an upload is checked as a whole (size, encoding, header, row count) and stored in one transaction,
 * then imported in the background, one batch at a time per node, by parallel lanes (two by default: the database and
 * the server each get a core's worth of work instead of waiting on each other) that each take their own rows
 * ({@link ImportLanes}) in chunks through {@link SignalBatchChunks}. The file is parsed once per import: one pass
 * splits the rows into fields and hands each to its lane through a bounded {@link LaneFeed}; the lanes validate and
 * import. Batches that were cut off (a crash, a restart) resume where the last committed chunk of every lane ended, at
 * start-up or on request. Across nodes, a run holds its batch by a lease that each chunk renews (see
 * {@link SignalBatch}); every node looks for batches that nobody holds any more (their node died) and takes them over,
 * so an import finishes without a hand as long as one node lives.
 */
@ApplicationScoped
public class SignalBatches {

    /** A rejected row as the report shows it. */
    public record Rejection(int rowNumber, String reference, String reasons, String rawRow) {
    }

    private static final Logger LOG = Logger.getLogger(SignalBatches.class.getName());
    private static final ReentrantLock ONE_BATCH_AT_A_TIME = new ReentrantLock();

    @Inject
    SignalBatchRepository batches;

    @Inject
    SignalBatchChunks chunks;

    @Inject
    StoredFiles files;

    @Inject
    SignalPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalPartners partners;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Inject
    ThisNode node;

    @Inject
    SignalBatches self;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    /** Batches this node has queued or is importing: a sweep does not queue them again. */
    private final Set<UUID> queued = ConcurrentHashMap.newKeySet();

    private ScheduledFuture<?> sweep;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.chunk-rows", defaultValue = "1000")
    int chunkRows;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.lanes", defaultValue = "2")
    int lanes;

    /**
     * Stores the file as it streams in (at most the policy's size), then checks it by reading it back (encoding,
     * header, row count); a refused file is rolled back with its batch. The import starts after the commit, see
     * {@link #importInBackground(UUID)}.
     */
    @Transactional
    public SignalBatch upload(InputStream body, String fileName) {
        StoredFile file = files.store(body, policy.batchMaxBytes());
        Optional<SignalCsvFormat.Partner> partner = partnerOfCurrentUser();
        long rows;
        try {
            SignalCsvFormat.Header header;
            try (InputStream in = files.open(file.id())) {
                header = SignalCsvFormat.readHeader(in, partner);
            }
            rows = SignalCsvFormat.countRows(files.open(file.id()), header);
        } catch (SignalCsvFormat.FileProblem problem) {
            throw new RuleViolationException("csv-file", problem.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows == 0) {
            throw new RuleViolationException("csv-empty", "Het bestand bevat geen regels met signalen");
        }
        if (rows > policy.batchMaxRows()) {
            throw new RuleViolationException("csv-too-many-rows", "Het bestand heeft " + rows
                    + " regels; het maximum is " + policy.batchMaxRows() + ". Splits het bestand.");
        }
        SignalBatch batch = SignalBatch.received(fileName == null || fileName.isBlank() ? "signalen.csv" : fileName,
                currentUser.userId(), currentUser.actingRole(),
                currentUser.hasRole(Roles.SIGNAL_PARTNER) ? currentUser.userId() : null, (int) rows, clock.instant());
        batches.add(batch, file.id());
        return batch;
    }

    public void importInBackground(UUID batchId) {
        importInBackground(batchId, false);
    }

    private void importInBackground(UUID batchId, boolean nodeRestarted) {
        if (queued.add(batchId)) {
            executor.execute(() -> runImport(batchId, nodeRestarted));
        }
    }

    /** The batch with its progress; partners see only their own uploads. */
    @Transactional
    public SignalBatch get(UUID id) {
        SignalBatch batch = batches.find(id).orElseThrow(() -> new NotFoundException("Bestand", id));
        if (!currentUser.hasRole(Roles.ADMIN) && !batch.getUploadedBy().equals(currentUser.userId())) {
            throw currentUser.outOfScope("Bestand", id);
        }
        return batch;
    }

    @Transactional
    public List<SignalBatch> recent() {
        return batches.recent(currentUser.hasRole(Roles.ADMIN) ? null : currentUser.userId(), 50);
    }

    /** How many rejected rows the screen shows; the CSV download has them all. */
    public static final int REJECTIONS_ON_SCREEN = 500;

    private static final int REJECTION_CHUNK = 1000;

    /** The first rejected rows of a batch, for the screen: they contain personal data, so reading them is logged. */
    @Transactional
    public List<Rejection> rejections(UUID id) {
        logRejectionsRead(get(id));
        return batches.rejectionsAfter(id, 0, REJECTIONS_ON_SCREEN);
    }

    /**
     * All rejected rows of a batch, handed to {@code sink} a chunk at a time, each chunk read in a transaction of its
     * own: a list of 200,000 bad rows is written out without holding it in memory. The scope check and the
     * access-log entry come first, so a refusal is a status code and not a broken download.
     */
    @Transactional
    public RejectionExport exportRejections(UUID id) {
        logRejectionsRead(get(id));
        return sink -> {
            int after = 0;
            for (List<Rejection> chunk = self.rejectionsAfter(id, after); !chunk.isEmpty();
                 chunk = self.rejectionsAfter(id, after)) {
                chunk.forEach(sink);
                after = chunk.get(chunk.size() - 1).rowNumber();
            }
        };
    }

    /** Writes every rejected row of one batch to a sink (see {@link #exportRejections}). */
    @FunctionalInterface
    public interface RejectionExport {
        void writeTo(Consumer<Rejection> sink);
    }

    /** One chunk of the export, in a transaction of its own. */
    @Transactional
    public List<Rejection> rejectionsAfter(UUID id, int afterRow) {
        return batches.rejectionsAfter(id, afterRow, REJECTION_CHUNK);
    }

    private void logRejectionsRead(SignalBatch batch) {
        accessLog.record(AccessAction.READ, AccessPurpose.EARLY_SIGNALLING,
                new AccessedSubject(SubjectType.SIGNAL_BATCH, batch.getId(), null));
    }

    /**
     * Resumes an interrupted or failed import from its last committed chunk; refused while a run (on any node) still
     * holds the batch, so that it is never imported twice at once.
     */
    public SignalBatch resume(UUID id) {
        SignalBatch batch = get(id);
        if (batch.getStatus() == ImportRun.Status.DONE) {
            throw new RuleViolationException("batch-done", "Dit bestand is al volledig verwerkt");
        }
        if (batch.isBeingImported(clock.instant())) {
            throw new ConflictException("Dit bestand wordt nu verwerkt. Hervatten kan pas als die verwerking stopt.");
        }
        importInBackground(id);
        return batch;
    }

    /**
     * At start-up this node resumes what it held itself before it stopped, and every batch nobody holds; afterwards it
     * looks again every half lease for batches whose run died with its node.
     */
    void resumeAtStartUp(@Observes @Priority(400) @Initialized(ApplicationScoped.class) Object event) {
        chunks.unattended(clock.instant(), node.name()).forEach(id -> importInBackground(id, true));
        long every = Math.max(1, leaseSeconds / 2);
        sweep = scheduler.scheduleWithFixedDelay(this::takeOverUnattended, every, every, TimeUnit.SECONDS);
    }

    void stopSweeping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /** Queues the batches that nobody holds: received a lease ago and never started, or whose run's lease expired. */
    List<UUID> takeOverUnattended() {
        try {
            List<UUID> unattended = chunks.unattended(clock.instant().minus(lease()), null);
            unattended.forEach(this::importInBackground);
            return unattended;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Looking for unattended signal batches failed", e);
            return List.of();
        }
    }

    void runImport(UUID batchId) {
        runImport(batchId, false);
    }

    private void runImport(UUID batchId, boolean nodeRestarted) {
        ONE_BATCH_AT_A_TIME.lock();
        try {
            chunks.begin(batchId, lanes, node.name(), lease(), nodeRestarted).ifPresent(plan -> importRun(batchId,
                    plan));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import of batch " + batchId + " could not start", e);
        } finally {
            queued.remove(batchId);
            ONE_BATCH_AT_A_TIME.unlock();
        }
    }

    private void importRun(UUID batchId, SignalBatchChunks.Plan plan) {
        try {
            importRemaining(batchId, plan);
            chunks.finish(batchId, plan.run());
        } catch (SignalBatchChunks.LeaseLost e) {
            LOG.warning(() -> "Import of batch " + batchId + " stopped: another run took the batch over");
        } catch (CancellationException e) {
            LOG.warning(() -> "Import of batch " + batchId + " stopped before its end; it resumes later");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import of batch " + batchId + " failed", e);
            chunks.markFailed(batchId, plan.run());
        }
    }

    private Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /**
     * The one parsing pass splits each row into fields once and hands it to its lane ({@link ImportLanes}); the lanes
     * validate their own rows and import them in chunks ({@link LaneRunner}).
     */
    private void importRemaining(UUID batchId, SignalBatchChunks.Plan plan) {
        SignalCsvFormat.Header header = headerOf(plan);
        LocalDate today = LocalDate.now(clock);
        LaneRunner.<SignalCsvFormat.RawRow, SignalCsvFormat.Row>run(executor, plan.lanes(), chunkRows, lanes -> {
            try (Stream<SignalCsvFormat.RawRow> rows = SignalCsvFormat.rawRows(files.open(plan.fileId()), header)) {
                ImportLanes.dispatch(rows.iterator(), plan.rowLanes(), plan.rowsDonePerLane(), lanes);
            }
        }, raw -> SignalCsvFormat.validate(raw, header, plan.partner(), today),
                (lane, chunk) -> chunks.importChunk(batchId, lane, chunk, plan));
    }

    /** The header, from the first part of the stored file only. */
    private SignalCsvFormat.Header headerOf(SignalBatchChunks.Plan plan) {
        try (InputStream in = files.open(plan.fileId())) {
            return SignalCsvFormat.readHeader(in, plan.partner());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<SignalCsvFormat.Partner> partnerOfCurrentUser() {
        return currentUser.hasRole(Roles.SIGNAL_PARTNER) ? Optional.of(partners.callingPartner()) : Optional.empty();
    }
}
