package nl.wijkregie.signal.batch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.signal.SignalIntake;
import nl.wijkregie.signal.domain.ImportLanes;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.persistence.SignalBatchRepository;

/**
 * The background import of one batch, one transaction per chunk of rows of one lane: the chunk's signals, its rejected
 * rows and the progress counters of its lane and of the batch commit together. That is what makes a resumed import
 * exact: every lane skips exactly the rows of its committed chunks.
 */
@ApplicationScoped
public class SignalBatchChunks {

    @Inject
    SignalBatchRepository batches;

    @Inject
    SignalIntake intake;


    @Inject
    Clock clock;

    /** What the lanes need to know of their batch, read once at the start of an import. */
    public record Plan(byte[] content, byte[] rowLanes, int[] rowsDonePerLane, Optional<SignalCsvFormat.Partner> partner,
                       String partnerAccount, Actor actor) {

        public int lanes() {
            return rowsDonePerLane.length;
        }
    }

    /** Marks the batch running; at its first start also fixes the lanes and which row goes to which. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Plan> begin(UUID batchId, int lanesWanted) {
        SignalBatch batch = batches.find(batchId).orElse(null);
        if (batch == null || !batch.start(lanesWanted)) {
            return Optional.empty();
        }
        SignalBatchRepository.StoredFile file = batches.file(batchId).orElseThrow(() -> new IllegalStateException(
                "the file of unfinished batch " + batchId + " is gone"));
        Optional<SignalCsvFormat.Partner> partner = Optional.ofNullable(batch.getPartnerAccount())
                .flatMap(batches::partner).map(p -> new SignalCsvFormat.Partner(PartnerType.valueOf(p.partnerType()),
                        p.organisation()));
        byte[] rowLanes = file.rowLanes();
        if (rowLanes == null) {
            try (Stream<SignalCsvFormat.Row> rows = SignalCsvFormat.rows(file.content(), partner,
                    LocalDate.now(clock))) {
                rowLanes = ImportLanes.assign(rows, batch.getRowsTotal(), batch.getLanes());
            }
            batches.storeRowLanes(batchId, rowLanes, batch.getLanes());
        }
        Actor actor = new Actor(batch.getUploadedBy(), batch.getUploadedRole(),
                "POST /api/v1/signal-batches/" + batch.getId());
        return Optional.of(new Plan(file.content(), rowLanes, batches.rowsDonePerLane(batchId, batch.getLanes()),
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
        batches.countChunk(batchId, lane, new SignalBatchRepository.ChunkTally(chunk.size(), imported, duplicate,
                rejected));
    }

    /** Done: the file with its personal data goes. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(UUID batchId) {
        batches.find(batchId).ifPresent(batch -> batch.finish(clock.instant()));
        batches.deleteFile(batchId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void markFailed(UUID batchId, RuntimeException cause) {
        batches.find(batchId).ifPresent(batch -> batch.fail(cause.getMessage(), clock.instant()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<UUID> unfinished() {
        return batches.unfinished();
    }
}
