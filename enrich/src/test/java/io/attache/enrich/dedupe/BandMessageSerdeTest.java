package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandMessageSerdeTest {
    private static final BandMessageSerde SERDE = new BandMessageSerde();

    @Test
    void everyKindOfMessageReadsBackAsWritten() {
        for (BandMessage.Kind kind : BandMessage.Kind.values()) {
            BandMessage message = new BandMessage(kind, new Fingerprint("https://example.org/é", 3, -7L, "abc", 10, -20));
            assertThat(SERDE.fromBytes("bands", SERDE.toBytes(message))).isEqualTo(message);
        }
    }

    @Test
    void truncatedBytesFailNamingTheTopic() {
        byte[] bytes = SERDE.toBytes(new BandMessage(BandMessage.Kind.QUERY, new Fingerprint("a", 0, 1, "h", 2, 3)));
        assertThatThrownBy(() -> SERDE.fromBytes("app-fingerprint-bands", Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("app-fingerprint-bands").hasMessageContaining("truncated");
    }

    @Test
    void aJsonMessageOfAnEarlierVersionIsRefusedSayingToDrainBeforeUpgrading() {
        byte[] json = "{\"kind\":\"QUERY\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SERDE.fromBytes("app-fingerprint-bands", json))
                .isInstanceOf(SerializationException.class).hasMessageContaining("drain");
    }
}
