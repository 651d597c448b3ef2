package io.attache.enrich.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The published articles' fingerprints, for the copy check: held in a changelogged store keyed by article id (one
 * {@link IndexEntry} per id), and in memory under their four band keys, where lookups happen. The memory is rebuilt
 * from the store whenever the task is initialised (start, fail-over, reinitialisation after an aborted transaction) and
 * after the store is purged. Only the copy check's single task uses it, so every lookup sees every earlier registration.
 */
public final class FingerprintIndex {
    private final KeyValueStore<String, IndexEntry> store;
    /** Published fingerprints by band key: band number and its 16-bit value. */
    private final Map<Integer, List<Indexed>> buckets = new HashMap<>();

    /** A published fingerprint in a bucket. */
    private record Indexed(String articleId, IndexEntry entry) {}

    /**
     * The closest published article to a fingerprint.
     *
     * @param articleId   its id
     * @param distance    Hamming distance between the two fingerprints
     * @param sameContent true when the two content hashes are equal: the same text
     */
    public record Match(String articleId, int distance, boolean sameContent) {}

    private FingerprintIndex(KeyValueStore<String, IndexEntry> store) {
        this.store = store;
    }

    /** The index held in {@code store}, its published fingerprints read into memory. */
    public static FingerprintIndex load(KeyValueStore<String, IndexEntry> store) {
        FingerprintIndex index = new FingerprintIndex(store);
        try (KeyValueIterator<String, IndexEntry> all = store.all()) {
            all.forEachRemaining(entry -> index.addIfPublished(entry.key, entry.value));
        }
        return index;
    }

    /**
     * The published article closest to {@code simhash} within {@code maxDistance}, other than {@code articleId} itself
     * (a revision is not a copy of its own id), ignoring entries seen before {@code cutoff} (ms). Ties: the smaller id.
     */
    public Optional<Match> closest(String articleId, long simhash, String contentHash, int maxDistance, long cutoff) {
        Indexed best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            for (Indexed candidate : buckets.getOrDefault(bandKey(simhash, band), List.of())) {
                int distance = SimHash.distance(simhash, candidate.entry().simhash());
                if (distance > maxDistance
                        || candidate.entry().seenAt() < cutoff
                        || candidate.articleId().equals(articleId)) {
                    continue;
                }
                if (distance < bestDistance
                        || distance == bestDistance && candidate.articleId().compareTo(best.articleId()) < 0) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best == null
                ? Optional.empty()
                : Optional.of(new Match(
                        best.articleId(),
                        bestDistance,
                        best.entry().contentHash().equals(contentHash)));
    }

    /** What the index knows about {@code articleId}'s latest revision checked, unless it was seen before {@code cutoff}. */
    public Optional<IndexEntry> get(String articleId, long cutoff) {
        return Optional.ofNullable(store.get(articleId)).filter(entry -> entry.seenAt() >= cutoff);
    }

    /**
     * Records {@code entry} as the id's latest revision checked: looked up from now on if it was published. It replaces
     * the id's earlier revision, in the store and in memory.
     */
    public void put(String articleId, IndexEntry entry) {
        IndexEntry previous = store.get(articleId);
        if (previous != null && previous.published()) {
            remove(articleId, previous);
        }
        store.put(articleId, entry);
        addIfPublished(articleId, entry);
    }

    private void addIfPublished(String articleId, IndexEntry entry) {
        for (int band = 0; entry.published() && band < FingerprintBands.BANDS; band++) {
            buckets.computeIfAbsent(bandKey(entry.simhash(), band), key -> new ArrayList<>(2))
                    .add(new Indexed(articleId, entry));
        }
    }

    private void remove(String articleId, IndexEntry entry) {
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            int key = bandKey(entry.simhash(), band);
            List<Indexed> bucket = buckets.get(key);
            bucket.removeIf(indexed -> indexed.articleId().equals(articleId));
            if (bucket.isEmpty()) {
                buckets.remove(key);
            }
        }
    }

    private static int bandKey(long simhash, int band) {
        return band << 16 | FingerprintBands.value(simhash, band);
    }
}
