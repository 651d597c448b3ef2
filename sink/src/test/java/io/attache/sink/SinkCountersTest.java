package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SinkCountersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SinkCounters counters = new SinkCounters(registry);

    @Test
    void committedFilesCountFilesBytesAndRecords() {
        counters.committed(new CommittedFile(Path.of("a"), new SinkFileName("t", 0, 0, 9, false), 10, 1000, false));
        assertThat(registry.get("attache.sink.files.written").counter().count()).isEqualTo(1);
        assertThat(registry.get("attache.sink.bytes.written").counter().count()).isEqualTo(1000);
        assertThat(registry.get("attache.sink.records.written").counter().count())
                .isEqualTo(10);
        assertThat(counters.snapshot()).isEqualTo(new SinkStats(1, 1000, 10, 0, 0));
    }

    @Test
    void rejectedFilesCountAsRejectedRecords() {
        counters.committed(new CommittedFile(Path.of("r"), new SinkFileName("t", 0, 5, 6, false), 2, 300, true));
        assertThat(registry.get("attache.sink.records.rejected").counter().count())
                .isEqualTo(2);
        assertThat(registry.get("attache.sink.records.written").counter().count())
                .isZero();
    }

    @Test
    void tombstonesAreCounted() {
        counters.tombstones(3);
        assertThat(registry.get("attache.sink.tombstones").counter().count()).isEqualTo(3);
        assertThat(counters.snapshot().tombstones()).isEqualTo(3);
    }
}
