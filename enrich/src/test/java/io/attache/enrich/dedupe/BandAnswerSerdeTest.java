package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandAnswerSerdeTest {
    private static final BandAnswerSerde SERDE = new BandAnswerSerde();

    @Test
    void anAnswerWithAMatchAndWaitsReadsBackAsWritten() {
        BandAnswer answer = new BandAnswer("https://example.org/ü", 2, BandAnswer.Kind.ANSWER, 0b1010, "orig", 3, true,
                List.of("earlier-1", "earlier-2"));
        assertThat(SERDE.fromBytes("answers", SERDE.toBytes(answer))).isEqualTo(answer);
    }

    @Test
    void everyKindOfNoticeReadsBackAsWritten() {
        for (BandAnswer.Kind kind : BandAnswer.Kind.values()) {
            BandAnswer notice = BandAnswer.notice("x", 0, kind, "other", 1, false);
            assertThat(SERDE.fromBytes("answers", SERDE.toBytes(notice))).isEqualTo(notice);
        }
    }

    @Test
    void anAnswerWithoutMatchKeepsItsEmptyMatchAndNegativeDistance() {
        BandAnswer none = BandAnswer.none("x", 0);
        assertThat(SERDE.fromBytes("answers", SERDE.toBytes(none))).isEqualTo(none);
    }

    @Test
    void truncatedBytesFailNamingTheTopic() {
        byte[] bytes = SERDE.toBytes(new BandAnswer("x", 0, BandAnswer.Kind.ANSWER, 1, "", -1, false, List.of("w")));
        assertThatThrownBy(() -> SERDE.fromBytes("app-fingerprint-answers", Arrays.copyOf(bytes, bytes.length - 2)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("app-fingerprint-answers");
    }
}
