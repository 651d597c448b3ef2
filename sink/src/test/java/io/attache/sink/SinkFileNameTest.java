package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SinkFileNameTest {
    @Test
    void namesCarryTopicPartitionAndZeroPaddedOffsets() {
        assertThat(new SinkFileName("news.enriched", 3, 0, 99, false).fileName())
                .isEqualTo("news.enriched+3+0000000000000000000+0000000000000000099.jsonl");
    }

    @Test
    void gzipFilesEndInJsonlGz() {
        assertThat(new SinkFileName("t", 0, 5, 5, true).fileName()).endsWith(".jsonl.gz");
    }

    @Test
    void namesSortInOffsetOrder() {
        List<String> names = Stream.of(1000L, 9L, 100L, 10L)
                .map(first -> new SinkFileName("t", 0, first, first, false).fileName())
                .sorted()
                .toList();
        assertThat(names)
                .extracting(name -> SinkFileName.parse(name).orElseThrow().firstOffset())
                .containsExactly(9L, 10L, 100L, 1000L);
    }

    @Test
    void parseReadsBackWhatWasWritten() {
        SinkFileName name = new SinkFileName("news.theme.agriculture", 12, 42, Long.MAX_VALUE, true);
        assertThat(SinkFileName.parse(name.fileName())).contains(name);
    }

    @Test
    void parseIgnoresTemporaryAndForeignFiles() {
        assertThat(SinkFileName.parse(SinkFileName.temporaryName("t", 0, 7))).isEmpty();
        assertThat(SinkFileName.parse("notes.txt")).isEmpty();
        assertThat(SinkFileName.parse("t+0+12+15.jsonl")).isEmpty();
    }

    @Test
    void nextOffsetFollowsTheLastRecord() {
        assertThat(new SinkFileName("t", 0, 10, 19, false).nextOffset()).isEqualTo(20);
    }

    @Test
    void rejectsAnEmptyOrBackwardRange() {
        assertThatThrownBy(() -> new SinkFileName("t", 0, 10, 9, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
