package nl.wijkregie.shared.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.wijkregie.it.container.ContainerDeployment;
import nl.wijkregie.shared.PayloadTooLargeException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file far larger than one part goes into the database and back as a stream, in the container: a generated 20 MB
 * stream (never an array) is stored in parts of at most {@link StoredFiles#PART_SIZE} and read back with an 8 KiB
 * buffer, byte for byte the same by its SHA-256; a file over the limit is refused and its transaction keeps nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StoredFilesContainerIT {

    private static final long SIZE = 20L * 1024 * 1024 + 17;

    @Deployment
    static WebArchive deployment() {
        return ContainerDeployment.of(StoredFilesContainerIT.class, Generated.class);
    }

    @Inject
    StoredFiles files;

    @Inject
    UserTransaction transaction;

    @Test
    void aTwentyMegabyteStreamIsStoredInPartsAndReadBackPartByPartTheSame() throws Exception {
        Generated source = new Generated(SIZE);
        transaction.begin();
        StoredFile stored = files.store(source, SIZE);
        transaction.commit();

        assertEquals(SIZE, stored.size());
        assertEquals(source.sha256(), stored.sha256());
        int parts = (int) ((SIZE + StoredFiles.PART_SIZE - 1) / StoredFiles.PART_SIZE);
        assertEquals(parts, stored.parts());
        assertEquals(parts, ContainerDeployment.count("select count(*) from wijkregie.stored_file_part"
                + " where file_id = ?", stored.id()));
        assertEquals(StoredFiles.PART_SIZE, ContainerDeployment.count("select max(length(content))"
                + " from wijkregie.stored_file_part where file_id = ?", stored.id()), "no part holds more");

        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (InputStream in = files.open(stored.id())) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                read += n;
            }
        }
        assertEquals(SIZE, read);
        assertEquals(source.sha256(), HexFormat.of().formatHex(sha.digest()));

        files.delete(stored.id());
        assertEquals(0, ContainerDeployment.count("select count(*) from wijkregie.stored_file_part"
                + " where file_id = ?", stored.id()), "the parts go with their file");
    }

    @Test
    void aFileOverTheLimitIsRefusedWhileStreamingAndItsTransactionKeepsNothing() throws Exception {
        long before = ContainerDeployment.count("select count(*) from wijkregie.stored_file");
        long partsBefore = ContainerDeployment.count("select count(*) from wijkregie.stored_file_part");
        transaction.begin();
        try {
            PayloadTooLargeException refused = assertThrows(PayloadTooLargeException.class,
                    () -> files.store(new Generated(3L * StoredFiles.PART_SIZE * StoredFiles.PARTS_PER_BATCH),
                            2L * StoredFiles.PART_SIZE * StoredFiles.PARTS_PER_BATCH));
            assertTrue(refused.getMessage().contains("groter dan het maximum"));
        } finally {
            transaction.rollback();
        }
        assertEquals(before, ContainerDeployment.count("select count(*) from wijkregie.stored_file"));
        assertEquals(partsBefore, ContainerDeployment.count("select count(*) from wijkregie.stored_file_part"));
    }

    /** A stream of {@code size} pseudo-random bytes, made as it is read, with the SHA-256 of what it gave. */
    static final class Generated extends InputStream {

        private final long size;
        private final MessageDigest sha;
        private long given;
        private long state = 42;

        Generated(long size) throws Exception {
            this.size = size;
            this.sha = MessageDigest.getInstance("SHA-256");
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (given == size) {
                return -1;
            }
            int n = (int) Math.min(length, size - given);
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                buffer[offset + i] = (byte) (state >>> 56);
            }
            sha.update(buffer, offset, n);
            given += n;
            return n;
        }

        private String digest;

        String sha256() {
            if (digest == null) {
                digest = HexFormat.of().formatHex(sha.digest());
            }
            return digest;
        }
    }
}
