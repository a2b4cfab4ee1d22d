package nl.wijkregie.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FilePartsTest {

    private static final int PART = 1024;

    @ParameterizedTest(name = "{0} bytes in {1} parts")
    @CsvSource({"0, 0", "1, 1", "1023, 1", "1024, 1", "1025, 2", "2048, 2", "2049, 3", "10000, 10"})
    void cutsIntoPartsAndJoinsBackByteForByte(int size, int parts) throws Exception {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        List<byte[]> stored = new ArrayList<>();

        FileParts.Cut cut = FileParts.cut(new ByteArrayInputStream(content), PART, (partNo, part) -> {
            assertThat(partNo).isEqualTo(stored.size());
            stored.add(part);
        });

        assertThat(cut.parts()).isEqualTo(parts);
        assertThat(stored).hasSize(parts).allSatisfy(part -> assertThat(part.length).isBetween(1, PART));
        assertThat(cut.size()).isEqualTo(size);
        assertThat(cut.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content)));
        try (InputStream joined = FileParts.join(cut.parts(), stored::get)) {
            assertThat(joined.readAllBytes()).isEqualTo(content);
        }
    }

    @ParameterizedTest
    @CsvSource({"1", "7", "1024", "4096"})
    void readsBackWithAnyBufferSizeLoadingEachPartOnceAndOnlyWhenNeeded(int buffer) throws IOException {
        byte[] content = new byte[3 * PART + 5];
        new Random(1).nextBytes(content);
        List<byte[]> stored = new ArrayList<>();
        FileParts.cut(new ByteArrayInputStream(content), PART, (partNo, part) -> stored.add(part));
        List<Integer> loaded = new ArrayList<>();

        byte[] read = new byte[content.length];
        int total = 0;
        try (InputStream joined = FileParts.join(stored.size(), partNo -> {
            loaded.add(partNo);
            return stored.get(partNo);
        })) {
            assertThat(loaded).isEmpty();
            assertThat(joined.read()).isEqualTo(content[0] & 0xff);
            assertThat(loaded).containsExactly(0);
            read[total++] = content[0];
            byte[] chunk = new byte[buffer];
            for (int n = joined.read(chunk); n >= 0; n = joined.read(chunk)) {
                System.arraycopy(chunk, 0, read, total, n);
                total += n;
            }
            assertThat(joined.read()).isEqualTo(-1);
        }

        assertThat(total).isEqualTo(content.length);
        assertThat(read).isEqualTo(content);
        assertThat(loaded).containsExactly(0, 1, 2, 3);
    }

    @ParameterizedTest
    @CsvSource({"0", "1"})
    void anEmptyFileReadsAsAnEndedStream(int parts) throws IOException {
        try (InputStream joined = FileParts.join(parts, partNo -> new byte[0])) {
            assertThat(joined.read()).isEqualTo(-1);
            assertThat(joined.read(new byte[8], 0, 8)).isEqualTo(-1);
        }
    }
}
