package io.attache.enrich.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The enriched articles whose fingerprints share one band key: the value of the band index store.
 *
 * @param entries fingerprints, oldest first
 */
public record BandBucket(List<Fingerprint> entries) {
    public BandBucket {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /** The closest entry to {@code query} within {@code maxDistance}, not counting the article itself. */
    public BandAnswer closest(Fingerprint query, int maxDistance, long cutoff) {
        BandAnswer best = BandAnswer.none(query.articleId(), query.revision());
        for (Fingerprint entry : entries) {
            if (entry.timestamp() < cutoff || entry.articleId().equals(query.articleId())) {
                continue;
            }
            int distance = SimHash.distance(entry.simhash(), query.simhash());
            if (distance <= maxDistance) {
                best = best.closer(new BandAnswer(query.articleId(), query.revision(), entry.articleId(), distance,
                        entry.contentHash().equals(query.contentHash())));
            }
        }
        return best;
    }

    /** This bucket with {@code fingerprint} replacing any older fingerprint of the same article, expired ones dropped. */
    public BandBucket with(Fingerprint fingerprint, long cutoff) {
        List<Fingerprint> kept = new ArrayList<>(entries.size() + 1);
        for (Fingerprint entry : entries) {
            if (entry.timestamp() >= cutoff && !entry.articleId().equals(fingerprint.articleId())) {
                kept.add(entry);
            }
        }
        kept.add(fingerprint);
        kept.sort(Comparator.comparingLong(Fingerprint::timestamp));
        return new BandBucket(kept);
    }

    /** This bucket without entries older than {@code cutoff}; null when none is left. */
    public BandBucket unexpired(long cutoff) {
        List<Fingerprint> kept = entries.stream().filter(e -> e.timestamp() >= cutoff).toList();
        if (kept.isEmpty()) {
            return null;
        }
        return kept.size() == entries.size() ? this : new BandBucket(kept);
    }
}
