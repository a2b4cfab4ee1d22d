package nl.wijkregie.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.wijkregie.shared.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

class SizeLimitedInputStreamTest {

    private static final long MB = 1024 * 1024;

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        try (InputStream in = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[(int) MB]), MB)) {
            assertThat(in.readAllBytes()).hasSize((int) MB);
        }
    }

    @Test
    void stopsOneByteAfterTheLimitWithADutchReasonNamingTheMaximum() {
        InputStream in = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[(int) MB + 1]), MB);
        assertThatThrownBy(in::readAllBytes).isInstanceOf(PayloadTooLargeException.class)
                .hasMessage("Het bestand is groter dan het maximum van 1 MB");
    }

    @Test
    void countsSingleBytesToo() throws IOException {
        InputStream in = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        assertThat(in.read()).isZero();
        assertThat(in.read()).isZero();
        assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
    }
}
