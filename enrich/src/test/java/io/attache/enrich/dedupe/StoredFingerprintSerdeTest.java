package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoredFingerprintSerdeTest {
    private static final StoredFingerprintSerde SERDE = new StoredFingerprintSerde();
    private static final StoredFingerprint ENTRY = new StoredFingerprint(new Fingerprint("https://example.org/é", 2, -7L, "abc", 10, 20), true,
            0b1011);

    @Test
    void anEntryReadsBackAsWritten() {
        assertThat(SERDE.fromBytes("store", SERDE.toBytes(ENTRY))).isEqualTo(ENTRY);
    }

    @Test
    void aPendingEntryWithEmptyHashAndNegativeTimesReadsBackAsWritten() {
        StoredFingerprint pending = new StoredFingerprint(new Fingerprint("b", 0, Long.MAX_VALUE, "", 11, -5), false, 0b1111);
        assertThat(SERDE.fromBytes("store", SERDE.toBytes(pending))).isEqualTo(pending);
    }

    @Test
    void aTombstoneStaysNull() {
        assertThat(SERDE.toBytes(null)).isNull();
        assertThat(SERDE.fromBytes("store", null)).isNull();
    }

    @Test
    void truncatedBytesFailNamingTheStore() {
        byte[] bytes = SERDE.toBytes(ENTRY);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> SERDE.fromBytes("fingerprint-index", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("fingerprint-index");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        assertThatThrownBy(() -> SERDE.fromBytes("fingerprint-index", "\u0009".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
    }
}
