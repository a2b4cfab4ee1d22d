package nl.wijkregie.shared.storage.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.wijkregie.shared.storage.StoredFile;
import org.hibernate.Session;

/**
 * The tables {@code stored_file} and {@code stored_file_part}. Parts are written with plain JDBC batches on the
 * persistence context's own connection, so they are in the same transaction as the entities around them.
 */
@ApplicationScoped
public class StoredFileRepository {

    @PersistenceContext(unitName = "wijkregie")
    EntityManager em;

    public void create(UUID id) {
        em.createNativeQuery("insert into stored_file (id, size_bytes, sha256, parts) values (?, 0, '', 0)")
                .setParameter(1, id).executeUpdate();
    }

    /** Sends the parts {@code firstPartNo..} in one batch. */
    public void addParts(UUID id, int firstPartNo, List<byte[]> parts) {
        if (parts.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into stored_file_part (file_id, part_no, content) values (?, ?, ?)")) {
                for (int i = 0; i < parts.size(); i++) {
                    insert.setObject(1, id);
                    insert.setInt(2, firstPartNo + i);
                    insert.setBytes(3, parts.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public void complete(UUID id, long size, String sha256, int parts) {
        em.createNativeQuery("update stored_file set size_bytes = ?, sha256 = ?, parts = ? where id = ?")
                .setParameter(1, size).setParameter(2, sha256).setParameter(3, parts).setParameter(4, id)
                .executeUpdate();
    }

    /** The file's row; its own short transaction when the reader has none. */
    @Transactional
    public Optional<StoredFile> find(UUID id) {
        List<?> rows = em.createNativeQuery("select size_bytes, sha256, parts from stored_file where id = ?")
                .setParameter(1, id).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(c -> new StoredFile(id, ((Number) c[0]).longValue(),
                (String) c[1], ((Number) c[2]).intValue())).findFirst();
    }

    /** One part; its own short transaction when the reader has none. */
    @Transactional
    public byte[] part(UUID id, int partNo) {
        List<?> rows = em.createNativeQuery("select content from stored_file_part where file_id = ? and part_no = ?")
                .setParameter(1, id).setParameter(2, partNo).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("part " + partNo + " of file " + id + " is gone");
        }
        return (byte[]) rows.get(0);
    }

    public void delete(UUID id) {
        em.createNativeQuery("delete from stored_file where id = ?").setParameter(1, id).executeUpdate();
    }
}
