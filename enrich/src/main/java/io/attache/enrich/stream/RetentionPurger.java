package io.attache.enrich.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
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
