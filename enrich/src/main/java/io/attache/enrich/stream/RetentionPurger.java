package io.attache.enrich.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a store bounded by the retention window: on stream-time punctuation, rewrites or deletes every
 * entry older than stream time minus the retention. Lookups also ignore expired entries, so correctness does
 * not wait for a purge; the purge only reclaims space.
 *
 * @param <V> the store's value type
 */
public final class RetentionPurger<V> {
    /** Purge at most this often in stream time; a short retention purges once per retention. */
    private static final Duration MAX_INTERVAL = Duration.ofHours(1);

    private final KeyValueStore<String, V> store;
    private final Duration retention;
    private final BiFunction<V, Long, V> unexpired;

    /**
     * @param unexpired given a value and the cutoff (ms), the value without expired parts, or null to delete it
     */
    public RetentionPurger(KeyValueStore<String, V> store, Duration retention, BiFunction<V, Long, V> unexpired) {
        this.store = store;
        this.retention = retention;
        this.unexpired = unexpired;
    }

    /** Schedules the purge on the processor's stream time. */
    public void schedule(ProcessingContext context) {
        context.schedule(interval(retention), PunctuationType.STREAM_TIME, this::purge);
    }

    /** How often, in stream time, state kept for {@code retention} is purged: hourly, or once per retention if shorter. */
    public static Duration interval(Duration retention) {
        return retention.compareTo(MAX_INTERVAL) < 0 ? retention : MAX_INTERVAL;
    }

    void purge(long streamTime) {
        long cutoff = streamTime - retention.toMillis();
        List<KeyValue<String, V>> changes = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, V> entry = all.next();
                V kept = unexpired.apply(entry.value, cutoff);
                if (kept != entry.value) {
                    changes.add(KeyValue.pair(entry.key, kept));
                }
            }
        }
        changes.forEach(change -> store.put(change.key, change.value));
    }
}
