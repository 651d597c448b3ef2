package io.attache.enrich.dedupe;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's share of the band index: every bucket held in memory, where candidates are looked up, and written
 * through to a changelogged key-value store, one store entry per article revision (its fingerprint, state and the
 * bands holding it here), from which the memory is rebuilt whenever the task starts (a restart, a rebalance, an
 * aborted transaction).
 *
 * <p>Why not one store value per bucket: buckets of common band values hold hundreds of fingerprints, so every
 * band message decoded and re-encoded its bucket and wrote it whole to the changelog, several kilobytes per
 * message (docs/benchmarks.md). Why not one per fingerprint and band: a message changes an article in every band
 * its partition owns at once, so that wrote up to four changelog records where one says the same. The changes of
 * one message are collected and written by {@link #flush()}. Memory is a few hundred bytes per fingerprint and
 * band held by the task, for the retention.
 */
public final class BandIndex {
    private final KeyValueStore<String, StoredFingerprint> store;
    /** Indexed by {@link #slot}: band number and 16-bit band value. */
    private final BandBucket[] buckets = new BandBucket[FingerprintBands.BANDS << 16];
    /** What the store holds, by store key, as of the last flush plus the changes since. */
    private final Map<String, StoredFingerprint> stored = new HashMap<>();
    /** Store keys changed since the last flush. */
    private final Set<String> changed = new LinkedHashSet<>();

    private BandIndex(KeyValueStore<String, StoredFingerprint> store) {
        this.store = store;
    }

    /** The index held in {@code store}, read into memory. */
    public static BandIndex load(KeyValueStore<String, StoredFingerprint> store) {
        BandIndex index = new BandIndex(store);
        Map<Integer, BandBucket> loaded = new HashMap<>();
        try (KeyValueIterator<String, StoredFingerprint> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoredFingerprint> entry = all.next();
                index.stored.put(entry.key, entry.value);
                BandEntry bandEntry = entry.value.entry();
                for (int band = 0; band < FingerprintBands.BANDS; band++) {
                    if ((entry.value.bands() & 1 << band) != 0) {
                        loaded.computeIfAbsent(slot(bandEntry.fingerprint().simhash(), band), empty -> new BandBucket()).append(bandEntry);
                    }
                }
            }
        }
        loaded.forEach((slot, bucket) -> index.buckets[slot] = bucket);
        return index;
    }

    /** {@link BandBucket#query} on the bucket of {@code query}'s band {@code band}, reserving it there. */
    public BandBucket.Query query(Fingerprint query, int band, int maxDistance, long cutoff) {
        int slot = slot(query.simhash(), band);
        if (buckets[slot] == null) {
            buckets[slot] = new BandBucket();
        }
        BandBucket.Query answered = buckets[slot].query(query, band, maxDistance, cutoff);
        record(band, answered.written(), List.of());
        return answered;
    }

    /** {@link BandBucket#decide} on the bucket of {@code decided}'s band {@code band}. */
    public BandBucket.Outcome decide(Fingerprint decided, boolean enriched, int band, int maxDistance, long cutoff) {
        int slot = slot(decided.simhash(), band);
        if (buckets[slot] == null) {
            buckets[slot] = new BandBucket();
        }
        BandBucket.Outcome outcome = buckets[slot].decide(decided, enriched, band, maxDistance, cutoff);
        record(band, outcome.written(), outcome.removed());
        if (buckets[slot].isEmpty()) {
            buckets[slot] = null;
        }
        return outcome;
    }

    /** Forgets every entry older than {@code cutoff} (ms), in memory and in the store. */
    public void purge(long cutoff) {
        for (int slot = 0; slot < buckets.length; slot++) {
            if (buckets[slot] != null) {
                record(slot >>> 16, List.of(), buckets[slot].purge(cutoff));
                if (buckets[slot].isEmpty()) {
                    buckets[slot] = null;
                }
            }
        }
        flush();
    }

    /** Writes to the store what changed since the last flush: one record per article revision changed. */
    public void flush() {
        for (String key : changed) {
            StoredFingerprint value = stored.get(key);
            if (value == null) {
                store.delete(key);
            } else {
                store.put(key, value);
            }
        }
        changed.clear();
    }

    /** How many entries the index holds, over all bands. */
    public int size() {
        int size = 0;
        for (BandBucket bucket : buckets) {
            size += bucket == null ? 0 : bucket.size();
        }
        return size;
    }

    /** Notes entries written to and removed from band {@code band}'s bucket, for the next {@link #flush()}. */
    private void record(int band, List<BandEntry> written, List<BandEntry> removed) {
        for (BandEntry entry : removed) {
            String key = storeKey(entry.fingerprint());
            StoredFingerprint before = stored.get(key);
            if (before != null) {
                int bands = before.bands() & ~(1 << band);
                if (bands == 0) {
                    stored.remove(key);
                } else {
                    stored.put(key, new StoredFingerprint(before.fingerprint(), before.enriched(), bands));
                }
                changed.add(key);
            }
        }
        for (BandEntry entry : written) {
            String key = storeKey(entry.fingerprint());
            StoredFingerprint before = stored.get(key);
            int bands = (before == null ? 0 : before.bands()) | 1 << band;
            stored.put(key, new StoredFingerprint(entry.fingerprint(), entry.enriched(), bands));
            changed.add(key);
        }
    }

    private static int slot(long simhash, int band) {
        return (band << 16) | FingerprintBands.value(simhash, band);
    }

    /** {@code <article id>#<revision>}: one store entry per article revision. */
    static String storeKey(Fingerprint fingerprint) {
        return PendingArticle.storeKey(fingerprint.articleId(), fingerprint.revision());
    }
}
