package nl.wijkregie.signal.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.shared.storage.StoredFiles;
import nl.wijkregie.signal.SignalIntake;
import nl.wijkregie.signal.domain.ImportLanes;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.persistence.SignalBatchRepository;

/**
 * The background import of one batch, one transaction per chunk of rows of one lane: the chunk's signals, its rejected
 * rows and the progress counters of its lane and of the batch commit together. That is what makes a resumed import
 * exact: every lane skips exactly the rows of its committed chunks. Each chunk also renews its run's lease; a chunk
 * of a run that lost the batch to another node is rolled back whole ({@link LeaseLost}).
 */
@ApplicationScoped
public class SignalBatchChunks {

    @Inject
    SignalBatchRepository batches;

    @Inject
    SignalIntake intake;

    @Inject
    StoredFiles files;

    @Inject
    Clock clock;

    /** What the uploader reads when an import breaks off: the cause may hold data and SQL, so it stays in the log. */
    static final String FAILURE_SHOWN = "De verwerking is afgebroken door een technische storing. Hervat het bestand;"
            + " gaat het opnieuw mis, neem dan contact op met de functioneel beheerder.";

    /** The run lost its batch to another (its lease expired); its chunk is rolled back and it stops. */
    public static class LeaseLost extends RuntimeException {
        LeaseLost(UUID batchId) {
            super("the run no longer holds batch " + batchId);
        }
    }

    /** What the lanes need to know of their batch, read once at the start of an import; {@code run} holds it. */
    public record Plan(UUID run, Duration lease, UUID fileId, byte[] rowLanes, int[] rowsDonePerLane,
                       Optional<SignalCsvFormat.Partner> partner, String partnerAccount, Actor actor) {

        public int lanes() {
            return rowsDonePerLane.length;
        }
    }

    /**
     * Starts a run of the batch on {@code node}, unless it is done or another live run holds it (empty then); at its
     * first start also fixes the lanes and which row goes to which. The batch row stays locked until this commits, so
     * two nodes that start the same batch at once go one after the other and the second finds it held.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Plan> begin(UUID batchId, int lanesWanted, String node, Duration lease, boolean nodeRestarted) {
        SignalBatch batch = batches.findForUpdate(batchId).orElse(null);
        Optional<UUID> run = batch == null ? Optional.empty()
                : batch.start(lanesWanted, node, clock.instant(), lease, nodeRestarted);
        if (run.isEmpty()) {
            return Optional.empty();
        }
        SignalBatchRepository.BatchFile file = batches.file(batchId).orElseThrow(() -> new IllegalStateException(
                "the file of unfinished batch " + batchId + " is gone"));
        Optional<SignalCsvFormat.Partner> partner = Optional.ofNullable(batch.getPartnerAccount())
                .flatMap(batches::partner).map(p -> new SignalCsvFormat.Partner(PartnerType.valueOf(p.partnerType()),
                        p.organisation()));
        byte[] rowLanes = file.rowLanes();
        if (rowLanes == null) {
            SignalCsvFormat.Header header;
            try (InputStream in = files.open(file.fileId())) {
                header = SignalCsvFormat.readHeader(in, partner);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (Stream<SignalCsvFormat.Row> rows = SignalCsvFormat.rows(files.open(file.fileId()), header, partner,
                    LocalDate.now(clock))) {
                rowLanes = ImportLanes.assign(rows, batch.getRowsTotal(), batch.getLanes());
            }
            batches.storeRowLanes(batchId, rowLanes, batch.getLanes());
        }
        Actor actor = new Actor(batch.getUploadedBy(), batch.getUploadedRole(),
                "POST /api/v1/signal-batches/" + batch.getId());
        return Optional.of(new Plan(run.get(), lease, file.fileId(), rowLanes, batches.rowsDonePerLane(batchId, batch.getLanes()),
                partner, batch.getPartnerAccount(), actor));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importChunk(UUID batchId, int lane, List<SignalCsvFormat.Row> chunk, Plan plan) {
        List<SignalIntake.Incoming> valid = new ArrayList<>();
        List<SignalCsvFormat.Row> validRows = new ArrayList<>();
        int rejected = 0;
        for (SignalCsvFormat.Row row : chunk) {
            if (row.isValid()) {
                valid.add(new SignalIntake.Incoming(row.report(), plan.partnerAccount(), batchId, row.rowNumber()));
                validRows.add(row);
            } else {
                batches.reject(batchId, row.rowNumber(), row.reference(), String.join("; ", row.problems()),
                        row.raw());
                rejected++;
            }
        }
        int imported = 0;
        int duplicate = 0;
        List<SignalIntake.Outcome> outcomes = intake.receive(valid, plan.actor());
        for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i).kind()) {
                case IMPORTED -> imported++;
                case DUPLICATE -> duplicate++;
                case REJECTED -> {
                    SignalCsvFormat.Row row = validRows.get(i);
                    batches.reject(batchId, row.rowNumber(), row.reference(), outcomes.get(i).reason(), row.raw());
                    rejected++;
                }
            }
        }
        if (!batches.countChunk(batchId, plan.run(), lane, new SignalBatchRepository.ChunkTally(chunk.size(),
                imported, duplicate, rejected), clock.instant().plus(plan.lease()))) {
            throw new LeaseLost(batchId);
        }
    }

    /** Done: the file with its personal data goes — unless the run lost the batch meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(UUID batchId, UUID run) {
        boolean finished = batches.findForUpdate(batchId).map(batch -> batch.finish(run, clock.instant()))
                .orElse(false);
        if (finished) {
            batches.deleteFile(batchId);
        }
    }

    /** The run broke off; the uploader reads a Dutch sentence, the server log has the cause. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(UUID batchId, UUID run) {
        batches.findForUpdate(batchId).ifPresent(batch -> batch.fail(run, FAILURE_SHOWN, clock.instant()));
    }

    /** See {@link SignalBatchRepository#unattended}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> unattended(Instant receivedBefore, String restartedNode) {
        return batches.unattended(clock.instant(), receivedBefore, restartedNode);
    }
}
