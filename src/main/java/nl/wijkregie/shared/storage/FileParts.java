package nl.wijkregie.shared.storage;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.IntFunction;

/**
 * Cutting a stream into parts of a fixed size and reading the parts back as one stream, apart from where the parts
 * live, so that both ends can be tested on edge sizes without a database. Only one part is held at a time.
 */
public final class FileParts {

    /** Receives each part as it is cut, numbered from 0; the array is the sink's to keep. */
    @FunctionalInterface
    public interface PartSink {
        void accept(int partNo, byte[] content);
    }

    /** What was cut: the byte count, the SHA-256 of all bytes (hex), and how many parts. */
    public record Cut(long size, String sha256, int parts) {
    }

    private FileParts() {
    }

    /** Reads {@code in} to its end, handing a full part (the last may be shorter, an empty file has none) at a time. */
    public static Cut cut(InputStream in, int partSize, PartSink sink) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        int parts = 0;
        while (true) {
            byte[] part = in.readNBytes(partSize);
            if (part.length == 0) {
                break;
            }
            sha.update(part);
            size += part.length;
            sink.accept(parts++, part);
            if (part.length < partSize) {
                break;
            }
        }
        return new Cut(size, HexFormat.of().formatHex(sha.digest()), parts);
    }

    /** The parts {@code 0..parts-1} as one stream; {@code load} is asked for the next part only when one is used up. */
    public static InputStream join(int parts, IntFunction<byte[]> load) {
        return new PartsInputStream(parts, load);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class PartsInputStream extends InputStream {

        private final int parts;
        private final IntFunction<byte[]> load;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        PartsInputStream(int parts, IntFunction<byte[]> load) {
            this.parts = parts;
            this.load = load;
        }

        @Override
        public int read() {
            return available() > 0 || advance() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (available() == 0 && !advance()) {
                return -1;
            }
            int n = Math.min(length, available());
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public int available() {
            return current.length - position;
        }

        @Override
        public void close() {
            current = new byte[0];
            position = 0;
            next = parts;
        }

        private boolean advance() {
            while (next < parts) {
                current = load.apply(next++);
                position = 0;
                if (current.length > 0) {
                    return true;
                }
            }
            current = new byte[0];
            position = 0;
            return false;
        }
    }
}
