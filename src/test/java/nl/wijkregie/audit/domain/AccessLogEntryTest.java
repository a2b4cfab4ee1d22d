package nl.wijkregie.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import nl.wijkregie.audit.AccessAction;
import nl.wijkregie.audit.AccessPurpose;
import nl.wijkregie.audit.SubjectType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessLogEntryTest {

    private static final byte[] GENESIS = new byte[32];
    private ChainHead head;

    @BeforeEach
    void newChain() throws Exception {
        Constructor<ChainHead> constructor = ChainHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        head = constructor.newInstance();
        set(head, "stripe", 3);
        set(head, "lastSequence", 0L);
        set(head, "lastHash", GENESIS);
    }

    private AccessLogEntry append(String userId) {
        return AccessLogEntry.chained(head, UUID.randomUUID(), Instant.parse("2026-11-22T10:00:00.123456Z"),
                AccessAction.READ, "SUCCESS", userId, "professional", UUID.randomUUID(), AccessPurpose.CASEWORK,
                SubjectType.HOUSEHOLD, UUID.randomUUID(), "GET /api/v1/households/x");
    }

    @Test
    void linksEachEntryToThePreviousOne() {
        AccessLogEntry first = append("fatima");
        AccessLogEntry second = append("pieter");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(first.isValidAfter(GENESIS)).isTrue();
        assertThat(second.isValidAfter(first.hash())).isTrue();
        assertThat(head.lastHash()).isEqualTo(second.hash());
    }

    @Test
    void detectsAChangedField() throws Exception {
        AccessLogEntry entry = append("fatima");

        set(entry, "userId", "someone-else");

        assertThat(entry.isValidAfter(GENESIS)).isFalse();
    }

    @Test
    void detectsARemovedPredecessor() {
        append("fatima");
        AccessLogEntry second = append("pieter");

        assertThat(second.isValidAfter(GENESIS)).isFalse();
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }
}
