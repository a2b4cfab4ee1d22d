package nl.wijkregie.shared.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.wijkregie.shared.NotFoundException;
import nl.wijkregie.shared.rest.SizeLimitedInputStream;
import nl.wijkregie.shared.storage.persistence.StoredFileRepository;

/**
 * Uploaded files in the database, cut into parts of {@value #PART_SIZE} bytes as they stream in and read back one
 * part at a time (ADR 0029): the heap an import needs no longer grows with the file. A file is stored in the caller's
 * transaction, so a refused upload leaves nothing behind; a module keeps a file's id beside what it belongs to and
 * deletes it with {@link #delete} (or by deleting the {@code stored_file} row in SQL: the parts go with it).
 */
@ApplicationScoped
public class StoredFiles {

    public static final int PART_SIZE = 256 * 1024;

    /** Parts sent to the database in one JDBC batch: at most this many parts are in memory while storing. */
    static final int PARTS_PER_BATCH = 4;

    @Inject
    StoredFileRepository files;

    /**
     * Copies {@code in} into a new stored file, stopping with a 413 as soon as it passes {@code maxBytes}; closes
     * {@code in}. Must run in a transaction, which the file then belongs to.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(InputStream in, long maxBytes) {
        UUID id = UUID.randomUUID();
        files.create(id);
        List<byte[]> batch = new ArrayList<>(PARTS_PER_BATCH);
        int[] firstOfBatch = {0};
        try (InputStream limited = new SizeLimitedInputStream(in, maxBytes)) {
            FileParts.Cut cut = FileParts.cut(limited, PART_SIZE, (partNo, content) -> {
                batch.add(content);
                if (batch.size() == PARTS_PER_BATCH) {
                    files.addParts(id, firstOfBatch[0], batch);
                    firstOfBatch[0] = partNo + 1;
                    batch.clear();
                }
            });
            files.addParts(id, firstOfBatch[0], batch);
            files.complete(id, cut.size(), cut.sha256(), cut.parts());
            return new StoredFile(id, cut.size(), cut.sha256(), cut.parts());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file's bytes as a stream that loads the next part when the previous one is read: in the caller's transaction
     * if it has one, otherwise each part in a short transaction of its own (a long import reads its file between its
     * chunk transactions).
     */
    public InputStream open(UUID id) {
        StoredFile file = files.find(id).orElseThrow(() -> new NotFoundException("Bestand", id));
        return FileParts.join(file.parts(), partNo -> files.part(id, partNo));
    }

    /** Deletes the file with its parts; nothing happens when it is already gone. */
    @Transactional
    public void delete(UUID id) {
        files.delete(id);
    }
}
