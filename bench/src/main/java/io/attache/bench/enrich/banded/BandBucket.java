package io.attache.bench.enrich.banded;

import io.attache.enrich.dedupe.SimHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fingerprints that share one band key, held in memory by the {@link BandIndex}. Pending articles are in it
 * from their query on (a reservation), so two copies in flight together see each other, and the one that comes
 * later in the order of {@link Fingerprint#precedes} (publication time, then id) waits for the other's outcome,
 * whichever reached the index first. An article already enriched wins over any later arrival, whatever its
 * publication time.
 *
 * <p>A pair of fingerprints can share several bands; only the lowest shared band (the pair's arbiter) relates
 * them, so each pair is judged once, on one partition, in that partition's arrival order.
 *
 * <p>Buckets of common band values hold hundreds of fingerprints and every band message scans one, so the
 * fingerprints' bits and their ids' hashes are kept in arrays of their own: a scan reads two primitive arrays
 * and touches an entry only when it is within the distance or may be the same article. Each operation returns
 * the entries it wrote and removed, for the index to write through to its store.
 */
public final class BandBucket {
    private long[] simhashes = new long[2];
    private int[] idHashes = new int[2];
    private BandEntry[] entries = new BandEntry[2];
    private int size;

    /**
     * A query's answer, the WAIT notices for pending articles the querying one precedes, and the reservation
     * written (none when the same query was already answered, e.g. delivered twice under at-least-once).
     */
    public record Query(BandAnswer answer, List<BandAnswer> notices, List<BandEntry> written) {}

    /** An outcome's messages to the articles waiting on it, and the entries it wrote and removed. */
    public record Outcome(List<BandAnswer> notices, List<BandEntry> written, List<BandEntry> removed) {}

    /** A bucket of {@code entries}, in that order. */
    public static BandBucket of(List<BandEntry> entries) {
        BandBucket bucket = new BandBucket();
        entries.forEach(bucket::append);
        return bucket;
    }

    /** The entries, in the order they were added. */
    public List<BandEntry> entries() {
        return List.of(Arrays.copyOf(entries, size));
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /**
     * Answers {@code query} for band {@code band}: the closest enriched article it relates to within
     * {@code maxDistance}, the pending ones that precede it (it waits for them), and WAIT notices to the pending
     * ones it precedes; then reserves it. Entries older than {@code cutoff} (ms) are ignored.
     */
    public Query query(Fingerprint query, int band, int maxDistance, long cutoff) {
        BandAnswer closest = BandAnswer.none(query.articleId(), query.revision());
        List<String> waitingOn = new ArrayList<>();
        List<BandAnswer> notices = new ArrayList<>();
        boolean reserved = false;
        for (int i = 0; i < size; i++) {
            int distance = SimHash.distance(simhashes[i], query.simhash());
            if (distance > maxDistance) {
                continue;
            }
            Fingerprint other = entries[i].fingerprint();
            if (other.timestamp() < cutoff) {
                continue;
            }
            if (other.articleId().equals(query.articleId())) {
                // A query delivered twice (at-least-once) finds its own reservation and keeps it.
                reserved |= other.revision() == query.revision();
                continue;
            }
            if (!arbiter(other, query, band)) {
                continue;
            }
            boolean sameContent = other.contentHash().equals(query.contentHash());
            if (entries[i].enriched()) {
                closest = closest.closer(new BandAnswer(
                        query.articleId(),
                        query.revision(),
                        BandAnswer.Kind.ANSWER,
                        1 << band,
                        other.articleId(),
                        distance,
                        sameContent,
                        List.of()));
            } else if (other.precedes(query)) {
                waitingOn.add(other.articleId());
            } else {
                notices.add(BandAnswer.notice(
                        other.articleId(),
                        other.revision(),
                        BandAnswer.Kind.WAIT,
                        query.articleId(),
                        distance,
                        sameContent));
            }
        }
        List<BandEntry> written = List.of();
        if (!reserved) {
            BandEntry reservation = new BandEntry(query, false);
            append(reservation);
            written = List.of(reservation);
        }
        BandAnswer answer = new BandAnswer(
                query.articleId(),
                query.revision(),
                BandAnswer.Kind.ANSWER,
                1 << band,
                closest.matchId(),
                closest.distance(),
                closest.sameContent(),
                waitingOn);
        return new Query(answer, notices, written);
    }

    /**
     * Records that {@code decided} reached news.enriched ({@code enriched}) or was dropped, and tells each pending
     * article it precedes, relates to in this band and is within {@code maxDistance} of: those wait on it. An
     * enriched revision replaces the id's older fingerprints, not a newer one still pending.
     */
    public Outcome decide(Fingerprint decided, boolean enriched, int band, int maxDistance, long cutoff) {
        List<BandAnswer> notices = new ArrayList<>();
        List<BandEntry> written = new ArrayList<>(1);
        List<BandEntry> removed = new ArrayList<>(1);
        int idHash = decided.articleId().hashCode();
        boolean seen = false;
        int kept = 0;
        for (int i = 0; i < size; i++) {
            BandEntry entry = entries[i];
            Fingerprint other = entry.fingerprint();
            if (idHashes[i] == idHash && other.articleId().equals(decided.articleId())) {
                if (other.revision() == decided.revision()) {
                    seen = true;
                    if (enriched) {
                        entry = new BandEntry(decided, true);
                        written.add(entry);
                    } else {
                        removed.add(entry);
                        continue;
                    }
                } else if (enriched && other.revision() < decided.revision()) {
                    removed.add(entry);
                    continue;
                }
            } else {
                int distance = SimHash.distance(simhashes[i], decided.simhash());
                if (distance <= maxDistance
                        && !entry.enriched()
                        && other.timestamp() >= cutoff
                        && decided.precedes(other)
                        && arbiter(decided, other, band)) {
                    notices.add(BandAnswer.notice(
                            other.articleId(),
                            other.revision(),
                            enriched ? BandAnswer.Kind.ENRICHED : BandAnswer.Kind.RELEASED,
                            decided.articleId(),
                            distance,
                            other.contentHash().equals(decided.contentHash())));
                }
            }
            move(i, kept++, entry);
        }
        clearFrom(kept);
        if (!seen && enriched) {
            // Reservation expired or never made (e.g. after a retention change): index it all the same.
            BandEntry entry = new BandEntry(decided, true);
            append(entry);
            written.add(entry);
        }
        return new Outcome(notices, written, removed);
    }

    /** The entry of {@code fingerprint}'s article revision, or null when this bucket does not hold it. */
    BandEntry find(Fingerprint fingerprint) {
        int idHash = fingerprint.articleId().hashCode();
        for (int i = 0; i < size; i++) {
            Fingerprint other = entries[i].fingerprint();
            if (idHashes[i] == idHash
                    && other.revision() == fingerprint.revision()
                    && other.articleId().equals(fingerprint.articleId())) {
                return entries[i];
            }
        }
        return null;
    }

    /** Removes the entries older than {@code cutoff} (ms) and returns them. */
    public List<BandEntry> purge(long cutoff) {
        List<BandEntry> removed = new ArrayList<>();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (entries[i].fingerprint().timestamp() < cutoff) {
                removed.add(entries[i]);
            } else {
                move(i, kept++, entries[i]);
            }
        }
        clearFrom(kept);
        return removed;
    }

    /** Adds {@code entry} at the end, as loaded from the store. */
    void append(BandEntry entry) {
        if (size == entries.length) {
            int grown = size * 2;
            simhashes = Arrays.copyOf(simhashes, grown);
            idHashes = Arrays.copyOf(idHashes, grown);
            entries = Arrays.copyOf(entries, grown);
        }
        set(size++, entry);
    }

    private void set(int i, BandEntry entry) {
        simhashes[i] = entry.fingerprint().simhash();
        idHashes[i] = entry.fingerprint().articleId().hashCode();
        entries[i] = entry;
    }

    /**
     * Puts {@code entry}, read at {@code from}, at {@code to}: a compaction after removals. The arrays' values are
     * moved rather than recomputed, so entries that stay put cost no reads of their objects.
     */
    private void move(int from, int to, BandEntry entry) {
        if (entry != entries[from]) {
            set(to, entry);
        } else if (from != to) {
            simhashes[to] = simhashes[from];
            idHashes[to] = idHashes[from];
            entries[to] = entry;
        }
    }

    private void clearFrom(int newSize) {
        Arrays.fill(entries, newSize, size, null);
        size = newSize;
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
