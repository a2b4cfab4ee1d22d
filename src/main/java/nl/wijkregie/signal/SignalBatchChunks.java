package nl.wijkregie.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.audit.Actor;
import nl.wijkregie.signal.domain.PartnerType;
import nl.wijkregie.signal.domain.SignalBatch;
import nl.wijkregie.signal.domain.SignalCsvFormat;
import nl.wijkregie.signal.persistence.SignalBatchRepository;

/**
 * The background import of one batch, one transaction per chunk of rows: the chunk's signals, its rejected rows and
 * the batch's progress counter commit together. That is what makes a resumed import exact: it skips exactly the rows
 * of committed chunks.
 */
@ApplicationScoped
public class SignalBatchChunks {

    /** Thrown by the fault switch of the devtools to stop an import the way a crash would. */
    public static class SimulatedCrash extends RuntimeException {
        public SimulatedCrash(String message) {
            super(message);
        }
    }

    @Inject
    SignalBatchRepository batches;

    @Inject
    SignalIntake intake;

    @Inject
    SignalImportFaults faults;

    @Inject
    Clock clock;

    /** What a chunk needs to know of its batch, read once at the start of an import. */
    public record Plan(byte[] content, int rowsDone, Optional<SignalCsvFormat.Partner> partner, Actor actor) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Plan> begin(UUID batchId) {
        SignalBatch batch = batches.find(batchId).orElse(null);
        if (batch == null || !batch.start()) {
            return Optional.empty();
        }
        Optional<SignalCsvFormat.Partner> partner = Optional.ofNullable(batch.getPartnerAccount())
                .flatMap(batches::partner).map(p -> new SignalCsvFormat.Partner(PartnerType.valueOf(p.partnerType()),
                        p.organisation()));
        Actor actor = new Actor(batch.getUploadedBy(), batch.getUploadedRole(),
                "POST /api/v1/signal-batches/" + batch.getId());
        return Optional.of(new Plan(batch.getContent(), batch.getRowsDone(), partner, actor));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void importChunk(UUID batchId, List<SignalCsvFormat.Row> chunk, Actor actor) {
        SignalBatch batch = batches.find(batchId).orElseThrow();
        List<SignalIntake.Incoming> valid = new ArrayList<>();
        List<SignalCsvFormat.Row> validRows = new ArrayList<>();
        int rejected = 0;
        for (SignalCsvFormat.Row row : chunk) {
            if (row.isValid()) {
                valid.add(new SignalIntake.Incoming(row.report(), batch.getPartnerAccount(), batchId,
                        row.rowNumber()));
                validRows.add(row);
            } else {
                batches.reject(batchId, row.rowNumber(), row.reference(), String.join("; ", row.problems()),
                        row.raw());
                rejected++;
            }
        }
        int imported = 0;
        int duplicate = 0;
        List<SignalIntake.Outcome> outcomes = intake.receive(valid, actor);
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
        faults.crashIfArmed(batch.getRowsDone() + chunk.size());
        batch.chunkDone(chunk.size(), imported, duplicate, rejected);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(UUID batchId) {
        batches.find(batchId).ifPresent(batch -> batch.finish(clock.instant()));
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
