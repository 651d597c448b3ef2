package io.attache.enrich.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * The fingerprints that share one band key, in the order they reached this band's partition: the value of
 * the band index store. Pending articles are in it from their query on (a reservation), so two copies in
 * flight together see each other, and the one that comes later in the order of {@link Fingerprint#precedes}
 * (publication time, then id) waits for the other's outcome, whichever reached the index first. An article
 * already enriched wins over any later arrival, whatever its publication time.
 *
 * <p>A pair of fingerprints can share several bands; only the lowest shared band (the pair's arbiter) relates
 * them, so each pair is judged once, on one partition, in that partition's arrival order.
 *
 * @param entries fingerprints in arrival order
 */
public record BandBucket(List<BandEntry> entries) {
    public BandBucket {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    /**
     * A query's answer, the WAIT notices for pending articles the querying one precedes, and the bucket with
     * the querying article reserved at its end.
     */
    public record Query(BandAnswer answer, List<BandAnswer> notices, BandBucket bucket) {
    }

    /** An outcome and the messages it sends to the articles waiting on it. */
    public record Outcome(List<BandAnswer> notices, BandBucket bucket) {
    }

    /**
     * Answers {@code query} for band {@code band}: the closest enriched article it relates to within
     * {@code maxDistance}, the pending ones that precede it (it waits for them), and WAIT notices to the pending
     * ones it precedes; then reserves it.
     */
    public Query query(Fingerprint query, int band, int maxDistance, long cutoff) {
        BandAnswer closest = BandAnswer.none(query.articleId(), query.revision());
        List<String> waitingOn = new ArrayList<>();
        List<BandAnswer> notices = new ArrayList<>();
        List<BandEntry> kept = new ArrayList<>(entries.size() + 1);
        for (BandEntry entry : entries) {
            Fingerprint other = entry.fingerprint();
            if (other.timestamp() < cutoff) {
                continue;
            }
            kept.add(entry);
            int distance = SimHash.distance(other.simhash(), query.simhash());
            if (other.articleId().equals(query.articleId()) || distance > maxDistance || !arbiter(other, query, band)) {
                continue;
            }
            if (entry.enriched()) {
                closest = closest.closer(new BandAnswer(query.articleId(), query.revision(), BandAnswer.Kind.ANSWER,
                        other.articleId(), distance, other.contentHash().equals(query.contentHash()), List.of()));
            } else if (other.precedes(query)) {
                waitingOn.add(other.articleId());
            } else {
                notices.add(new BandAnswer(other.articleId(), other.revision(), BandAnswer.Kind.WAIT, query.articleId(), distance,
                        other.contentHash().equals(query.contentHash()), List.of()));
            }
        }
        kept.add(new BandEntry(query, false));
        BandAnswer answer = new BandAnswer(query.articleId(), query.revision(), BandAnswer.Kind.ANSWER, closest.matchId(),
                closest.distance(), closest.sameContent(), waitingOn);
        return new Query(answer, notices, new BandBucket(kept));
    }

    /**
     * Records that {@code decided} reached news.enriched ({@code enriched}) or was dropped, and tells each pending
     * article it precedes, relates to in this band and is within {@code maxDistance} of: those wait on it.
     */
    public Outcome decide(Fingerprint decided, boolean enriched, int band, int maxDistance, long cutoff) {
        List<BandAnswer> notices = new ArrayList<>();
        List<BandEntry> kept = new ArrayList<>(entries.size() + 1);
        boolean seen = false;
        for (BandEntry entry : entries) {
            Fingerprint other = entry.fingerprint();
            if (other.timestamp() < cutoff) {
                continue;
            }
            if (other.articleId().equals(decided.articleId())) {
                if (other.revision() == decided.revision()) {
                    seen = true;
                    if (enriched) {
                        kept.add(new BandEntry(decided, true));
                    }
                } else if (!enriched || other.revision() > decided.revision()) {
                    kept.add(entry);
                }
                // An enriched revision replaces the id's older fingerprints, not a newer one still pending.
                continue;
            }
            kept.add(entry);
            int distance = SimHash.distance(other.simhash(), decided.simhash());
            if (!entry.enriched() && decided.precedes(other) && distance <= maxDistance && arbiter(decided, other, band)) {
                notices.add(new BandAnswer(other.articleId(), other.revision(),
                        enriched ? BandAnswer.Kind.ENRICHED : BandAnswer.Kind.RELEASED, decided.articleId(), distance,
                        other.contentHash().equals(decided.contentHash()), List.of()));
            }
        }
        if (!seen && enriched) {
            // Reservation expired or never made (e.g. after a retention change): index it all the same.
            kept.add(new BandEntry(decided, true));
        }
        return new Outcome(notices, new BandBucket(kept));
    }

    /** This bucket without entries older than {@code cutoff}; null when none is left. */
    public BandBucket unexpired(long cutoff) {
        List<BandEntry> kept = entries.stream().filter(e -> e.fingerprint().timestamp() >= cutoff).toList();
        if (kept.isEmpty()) {
            return null;
        }
        return kept.size() == entries.size() ? this : new BandBucket(kept);
    }

    /** True when {@code band} is the lowest band on which the two fingerprints agree. */
    static boolean arbiter(Fingerprint a, Fingerprint b, int band) {
        for (int lower = 0; lower < band; lower++) {
            if (FingerprintBands.value(a.simhash(), lower) == FingerprintBands.value(b.simhash(), lower)) {
                return false;
            }
        }
        return FingerprintBands.value(a.simhash(), band) == FingerprintBands.value(b.simhash(), band);
    }
}
