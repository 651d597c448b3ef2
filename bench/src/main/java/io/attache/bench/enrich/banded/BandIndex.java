package io.attache.bench.enrich.banded;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * its partition owns at once, so that wrote up to four changelog records where one says the same. The articles a
 * message changed are noted and their entries written, from the buckets, by {@link #flush()}. Memory is a few hundred bytes per fingerprint and
 * band held by the task, for the retention.
 */
public final class BandIndex {
    private final KeyValueStore<String, StoredFingerprint> store;
    /** Indexed by {@link #slot}: band number and 16-bit band value. */
    private final BandBucket[] buckets = new BandBucket[FingerprintBands.BANDS << 16];
    /** Article revisions changed since the last flush, by store key. */
    private final Map<String, Fingerprint> changed = new LinkedHashMap<>();

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
                BandEntry bandEntry = entry.value.entry();
                for (int band = 0; band < FingerprintBands.BANDS; band++) {
                    if ((entry.value.bands() & 1 << band) != 0) {
                        loaded.computeIfAbsent(slot(bandEntry.fingerprint().simhash(), band), empty -> new BandBucket())
                                .append(bandEntry);
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
        note(answered.written());
        return answered;
    }

    /** {@link BandBucket#decide} on the bucket of {@code decided}'s band {@code band}. */
    public BandBucket.Outcome decide(Fingerprint decided, boolean enriched, int band, int maxDistance, long cutoff) {
        int slot = slot(decided.simhash(), band);
        if (buckets[slot] == null) {
            buckets[slot] = new BandBucket();
        }
        BandBucket.Outcome outcome = buckets[slot].decide(decided, enriched, band, maxDistance, cutoff);
        note(outcome.written());
        note(outcome.removed());
        if (buckets[slot].isEmpty()) {
            buckets[slot] = null;
        }
        return outcome;
    }

    /** Forgets every entry older than {@code cutoff} (ms), in memory and in the store. */
    public void purge(long cutoff) {
        for (int slot = 0; slot < buckets.length; slot++) {
            if (buckets[slot] != null) {
                note(buckets[slot].purge(cutoff));
                if (buckets[slot].isEmpty()) {
                    buckets[slot] = null;
                }
            }
        }
        flush();
    }

    /**
     * Writes to the store what changed since the last flush: one record per article revision changed, read from the
     * buckets of its bands, or a deletion once no bucket holds it.
     */
    public void flush() {
        changed.forEach((key, fingerprint) -> {
            BandEntry held = null;
            int bands = 0;
            for (int band = 0; band < FingerprintBands.BANDS; band++) {
                BandBucket bucket = buckets[slot(fingerprint.simhash(), band)];
                BandEntry entry = bucket == null ? null : bucket.find(fingerprint);
                if (entry != null) {
                    held = entry;
                    bands |= 1 << band;
                }
            }
            if (held == null) {
                store.delete(key);
            } else {
                store.put(key, new StoredFingerprint(held.fingerprint(), held.enriched(), bands));
            }
        });
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

    /** Notes the article revisions of {@code entries} as changed, for the next {@link #flush()}. */
    private void note(List<BandEntry> entries) {
        entries.forEach(entry -> changed.put(storeKey(entry.fingerprint()), entry.fingerprint()));
    }

    private static int slot(long simhash, int band) {
        return (band << 16) | FingerprintBands.value(simhash, band);
    }

    /** {@code <article id>#<revision>}: one store entry per article revision. */
    static String storeKey(Fingerprint fingerprint) {
        return PendingArticle.storeKey(fingerprint.articleId(), fingerprint.revision());
    }
}
