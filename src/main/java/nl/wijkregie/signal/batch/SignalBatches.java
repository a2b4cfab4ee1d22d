package nl.wijkregie.signal.batch;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
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
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.PayloadTooLargeException;
import nl.wijkregie.shared.RuleViolationException;
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
 * start-up or on request.
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
    SignalPolicy policy;

    @Inject
    CurrentUser currentUser;

    @Inject
    SignalPartners partners;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.chunk-rows", defaultValue = "1000")
    int chunkRows;

    @Inject
    @ConfigProperty(name = "wijkregie.signal.batch.lanes", defaultValue = "2")
    int lanes;

    /** Checks and stores the file; the import starts after the commit, see {@link #importInBackground(UUID)}. */
    @Transactional
    public SignalBatch upload(byte[] content, String fileName) {
        if (content.length > policy.batchMaxBytes()) {
            throw new PayloadTooLargeException("Het bestand is groter dan het maximum van "
                    + policy.batchMaxBytes() / (1024 * 1024) + " MB");
        }
        Optional<SignalCsvFormat.Partner> partner = partnerOfCurrentUser();
        long rows;
        try {
            SignalCsvFormat.readHeader(content, partner);
            rows = SignalCsvFormat.countRows(content);
        } catch (SignalCsvFormat.FileProblem problem) {
            throw new RuleViolationException("csv-file", problem.getMessage());
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
        batches.add(batch, content);
        return batch;
    }

    public void importInBackground(UUID batchId) {
        executor.execute(() -> runImport(batchId));
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

    /** The rejected rows of a batch: they contain personal data, so reading them is logged. */
    @Transactional
    public List<Rejection> rejections(UUID id) {
        SignalBatch batch = get(id);
        accessLog.record(AccessAction.READ, AccessPurpose.EARLY_SIGNALLING,
                new AccessedSubject(SubjectType.SIGNAL_BATCH, batch.getId(), null));
        return batches.rejections(id, policy.batchMaxRows());
    }

    /** Resumes an interrupted or failed import from its last committed chunk. */
    public SignalBatch resume(UUID id) {
        SignalBatch batch = get(id);
        if (batch.getStatus() == SignalBatch.Status.DONE) {
            throw new RuleViolationException("batch-done", "Dit bestand is al volledig verwerkt");
        }
        importInBackground(id);
        return batch;
    }

    void resumeAtStartUp(@Observes @Priority(400) @Initialized(ApplicationScoped.class) Object event) {
        chunks.unfinished().forEach(this::importInBackground);
    }

    void runImport(UUID batchId) {
        ONE_BATCH_AT_A_TIME.lock();
        try {
            importRemaining(batchId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import of batch " + batchId + " failed", e);
            chunks.markFailed(batchId, e);
        } finally {
            ONE_BATCH_AT_A_TIME.unlock();
        }
    }

    private void importRemaining(UUID batchId) {
        Optional<SignalBatchChunks.Plan> plan = chunks.begin(batchId, lanes);
        if (plan.isEmpty()) {
            return;
        }
        LaneFeed<SignalCsvFormat.RawRow> feed = new LaneFeed<>(plan.get().lanes(), 2 * chunkRows);
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < plan.get().lanes(); lane++) {
            int thisLane = lane;
            running.add(executor.submit(() -> importLane(batchId, thisLane, plan.get(), feed)));
        }
        RuntimeException failure = null;
        try {
            feedLanes(plan.get(), feed);
        } catch (CancellationException e) {
            // a lane failed and stopped the feed: its own failure is reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            feed.stop();
            return;
        } catch (RuntimeException e) {
            feed.stop();
            failure = e;
        }
        failure = awaitLanes(running, failure, feed);
        if (failure != null) {
            throw failure;
        }
        if (!Thread.currentThread().isInterrupted()) {
            chunks.finish(batchId);
        }
    }

    /** The one parsing pass over the file: each row is split into fields once and handed to its lane. */
    private static void feedLanes(SignalBatchChunks.Plan plan, LaneFeed<SignalCsvFormat.RawRow> feed)
            throws InterruptedException {
        SignalCsvFormat.Header header = SignalCsvFormat.headerOf(plan.content(), plan.partner());
        try (Stream<SignalCsvFormat.RawRow> rows = SignalCsvFormat.rawRows(plan.content(), header)) {
            ImportLanes.dispatch(rows.iterator(), plan.rowLanes(), plan.rowsDonePerLane(), feed::put);
        }
        feed.close();
    }

    /** The first real failure of a lane (not the cancellation that another failure caused), or the feed's. */
    private static RuntimeException awaitLanes(List<Future<?>> running, RuntimeException feedFailure,
                                               LaneFeed<?> feed) {
        RuntimeException failure = feedFailure;
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof CancellationException) && failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                feed.stop();
                return failure;
            }
        }
        return failure;
    }

    /**
     * One lane: validates its own rows as the feed hands them over, in file order, and imports them in chunks; stops
     * when another lane or the parser fails.
     */
    private void importLane(UUID batchId, int lane, SignalBatchChunks.Plan plan,
                            LaneFeed<SignalCsvFormat.RawRow> feed) {
        SignalCsvFormat.Header header = SignalCsvFormat.headerOf(plan.content(), plan.partner());
        LocalDate today = LocalDate.now(clock);
        try {
            List<SignalCsvFormat.Row> chunk = new ArrayList<>(chunkRows);
            for (SignalCsvFormat.RawRow raw = feed.take(lane); raw != null; raw = feed.take(lane)) {
                chunk.add(SignalCsvFormat.validate(raw, header, plan.partner(), today));
                if (chunk.size() == chunkRows) {
                    chunks.importChunk(batchId, lane, chunk, plan);
                    chunk = new ArrayList<>(chunkRows);
                }
            }
            if (!chunk.isEmpty()) {
                chunks.importChunk(batchId, lane, chunk, plan);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            feed.stop();
            throw new CancellationException("interrupted");
        } catch (RuntimeException e) {
            feed.stop();
            throw e;
        }
    }

    private Optional<SignalCsvFormat.Partner> partnerOfCurrentUser() {
        return currentUser.hasRole(Roles.SIGNAL_PARTNER) ? Optional.of(partners.callingPartner()) : Optional.empty();
    }
}
