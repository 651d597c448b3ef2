package io.attache.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/** The sink's Micrometer counters, and the same figures for this instance as {@link SinkStats}. */
final class SinkCounters {
    private final Counter filesCounter;
    private final Counter bytesCounter;
    private final Counter recordsCounter;
    private final Counter rejectedCounter;
    private final Counter tombstonesCounter;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong tombstones = new AtomicLong();

    SinkCounters(MeterRegistry registry) {
        filesCounter = Counter.builder("attache.sink.files.written")
                .description("Files committed under their final name")
                .register(registry);
        bytesCounter = Counter.builder("attache.sink.bytes.written")
                .baseUnit("bytes")
                .description("Bytes on disk of committed files")
                .register(registry);
        recordsCounter = Counter.builder("attache.sink.records.written")
                .description("Records in committed files")
                .register(registry);
        rejectedCounter = Counter.builder("attache.sink.records.rejected")
                .description("Records that were not JSON, committed to _rejected/ files")
                .register(registry);
        tombstonesCounter = Counter.builder("attache.sink.tombstones")
                .description("Records with a null value, skipped")
                .register(registry);
    }

    void committed(CommittedFile file) {
        files.incrementAndGet();
        filesCounter.increment();
        bytes.addAndGet(file.bytes());
        bytesCounter.increment(file.bytes());
        if (file.rejected()) {
            rejected.addAndGet(file.records());
            rejectedCounter.increment(file.records());
        } else {
            records.addAndGet(file.records());
            recordsCounter.increment(file.records());
        }
    }

    void tombstones(long count) {
        if (count > 0) {
            tombstones.addAndGet(count);
            tombstonesCounter.increment(count);
        }
    }

    SinkStats snapshot() {
        return new SinkStats(files.get(), bytes.get(), records.get(), rejected.get(), tombstones.get());
    }
}
