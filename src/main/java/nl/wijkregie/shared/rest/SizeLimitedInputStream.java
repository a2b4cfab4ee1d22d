package nl.wijkregie.shared.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.wijkregie.shared.PayloadTooLargeException;

/**
 * An uploaded body read as it streams, stopped at a limit with a 413 (and a Dutch message naming the maximum) instead
 * of reading an endless body to its end.
 */
public final class SizeLimitedInputStream extends FilterInputStream {

    private final long max;
    private long read;

    public SizeLimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        read += n;
        if (read > max) {
            throw new PayloadTooLargeException("Het bestand is groter dan het maximum van " + max / (1024 * 1024)
                    + " MB");
        }
    }
}
