package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.JsonSerde;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandBucketSerdeTest {
    private static final BandBucketSerde SERDE = new BandBucketSerde();
    private static final BandBucket BUCKET = new BandBucket(List.of(
            new BandEntry(new Fingerprint("https://example.org/é", 2, -7L, "abc", 10, 20), true),
            new BandEntry(new Fingerprint("b", 0, Long.MAX_VALUE, "", 11, -5), false)));

    @Test
    void aBucketReadsBackAsWritten() {
        assertThat(SERDE.fromBytes("store", SERDE.toBytes(BUCKET))).isEqualTo(BUCKET);
    }

    @Test
    void aBucketWrittenAsJsonByAnEarlierVersionIsStillRead() {
        byte[] json = new JsonSerde<>(BandBucket.class).toBytes("store", BUCKET);
        assertThat(SERDE.fromBytes("store", json)).isEqualTo(BUCKET);
    }

    @Test
    void aTombstoneStaysNull() {
        assertThat(SERDE.toBytes(null)).isNull();
        assertThat(SERDE.fromBytes("store", null)).isNull();
    }

    @Test
    void truncatedBytesFailNamingTheStore() {
        byte[] bytes = SERDE.toBytes(BUCKET);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
        assertThatThrownBy(() -> SERDE.fromBytes("fingerprint-bands", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("fingerprint-bands");
    }

    @Test
    void anUnknownFormatVersionIsRefused() {
        assertThatThrownBy(() -> SERDE.fromBytes("fingerprint-bands", "\u0009".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
    }
}
