package io.attache.enrich.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a store bounded by the retention window: processors delete, on stream-time punctuation, every entry last seen
 * before stream time minus the retention. Lookups also ignore expired entries, so correctness does not wait for a
 * purge; the purge only reclaims space.
 */
public final class RetentionPurger {
    /** Purge at most this often in stream time; a short retention purges once per retention. */
    private static final Duration MAX_INTERVAL = Duration.ofHours(1);

    private RetentionPurger() {}

    /** How often, in stream time, state kept for {@code retention} is purged: hourly, or once per retention if shorter. */
    public static Duration interval(Duration retention) {
        return retention.compareTo(MAX_INTERVAL) < 0 ? retention : MAX_INTERVAL;
    }

    /** Purges {@code store} of entries seen more than {@code retention} before stream time, on {@code context}'s clock. */
    public static <V> void schedule(
            ProcessorContext<?, ?> context,
            KeyValueStore<String, V> store,
            Duration retention,
            ToLongFunction<V> seenAt) {
        context.schedule(
                interval(retention),
                PunctuationType.STREAM_TIME,
                streamTime -> deleteExpired(store, streamTime - retention.toMillis(), seenAt));
    }

    /** Deletes every entry of {@code store} whose {@code seenAt} (ms) is before {@code cutoff}. */
    public static <V> void deleteExpired(KeyValueStore<String, V> store, long cutoff, ToLongFunction<V> seenAt) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, V> all = store.all()) {
            all.forEachRemaining(entry -> {
                if (seenAt.applyAsLong(entry.value) < cutoff) {
                    expired.add(entry.key);
                }
            });
        }
        expired.forEach(store::delete);
    }
}
