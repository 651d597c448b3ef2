package io.attache.enrich.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's share of the band index: every bucket held in memory, where candidates are looked up, and every
 * entry written through to a changelogged key-value store, one store entry per fingerprint and band, from which
 * the memory is rebuilt whenever the task starts (a restart, a rebalance, an aborted transaction).
 *
 * <p>Why not one store value per bucket: buckets of common band values hold hundreds of fingerprints, so every
 * band message decoded and re-encoded its bucket and wrote it whole to the changelog, several kilobytes per
 * message (docs/benchmarks.md). Here a message costs a scan of the bucket in memory, and only the entries it
 * changes are written. Memory is a few hundred bytes per fingerprint and band held by the task, for the retention.
 */
public final class BandIndex {
    private final KeyValueStore<String, BandEntry> store;
    /** Indexed by {@link #slot}: band number and 16-bit band value. */
    private final BandBucket[] buckets = new BandBucket[FingerprintBands.BANDS << 16];

    private BandIndex(KeyValueStore<String, BandEntry> store) {
        this.store = store;
    }

    /** The index held in {@code store}, read into memory. */
    public static BandIndex load(KeyValueStore<String, BandEntry> store) {
        BandIndex index = new BandIndex(store);
        Map<Integer, List<BandEntry>> loaded = new HashMap<>();
        try (KeyValueIterator<String, BandEntry> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, BandEntry> entry = all.next();
                int slot = slot(entry.value.fingerprint().simhash(), bandOf(entry.key));
                loaded.computeIfAbsent(slot, empty -> new ArrayList<>()).add(entry.value);
            }
        }
        loaded.forEach((slot, entries) -> index.buckets[slot] = BandBucket.of(entries));
        return index;
    }

    /** {@link BandBucket#query} on the bucket of {@code query}'s band {@code band}, reserving it there. */
    public BandBucket.Query query(Fingerprint query, int band, int maxDistance, long cutoff) {
        int slot = slot(query.simhash(), band);
        if (buckets[slot] == null) {
            buckets[slot] = new BandBucket();
        }
        BandBucket.Query answered = buckets[slot].query(query, band, maxDistance, cutoff);
        write(band, answered.written(), List.of());
        return answered;
    }

    /** {@link BandBucket#decide} on the bucket of {@code decided}'s band {@code band}. */
    public BandBucket.Outcome decide(Fingerprint decided, boolean enriched, int band, int maxDistance, long cutoff) {
        int slot = slot(decided.simhash(), band);
        if (buckets[slot] == null) {
            buckets[slot] = new BandBucket();
        }
        BandBucket.Outcome outcome = buckets[slot].decide(decided, enriched, band, maxDistance, cutoff);
        write(band, outcome.written(), outcome.removed());
        if (buckets[slot].isEmpty()) {
            buckets[slot] = null;
        }
        return outcome;
    }

    /** Forgets every entry older than {@code cutoff} (ms), in memory and in the store. */
    public void purge(long cutoff) {
        for (int slot = 0; slot < buckets.length; slot++) {
            if (buckets[slot] != null) {
                write(slot >>> 16, List.of(), buckets[slot].purge(cutoff));
                if (buckets[slot].isEmpty()) {
                    buckets[slot] = null;
                }
            }
        }
    }

    /** How many entries the index holds, over all bands. */
    public int size() {
        int size = 0;
        for (BandBucket bucket : buckets) {
            size += bucket == null ? 0 : bucket.size();
        }
        return size;
    }

    private void write(int band, List<BandEntry> written, List<BandEntry> removed) {
        removed.forEach(entry -> store.delete(storeKey(band, entry)));
        written.forEach(entry -> store.put(storeKey(band, entry), entry));
    }

    private static int slot(long simhash, int band) {
        return (band << 16) | FingerprintBands.value(simhash, band);
    }

    /** {@code <band key>|<article id>#<revision>}: one entry per fingerprint and band, grouped by band key. */
    static String storeKey(int band, BandEntry entry) {
        Fingerprint fingerprint = entry.fingerprint();
        return FingerprintBands.key(fingerprint.simhash(), band) + "|" + PendingArticle.storeKey(fingerprint.articleId(), fingerprint.revision());
    }

    private static int bandOf(String storeKey) {
        return storeKey.charAt(0) - '0';
    }
}
