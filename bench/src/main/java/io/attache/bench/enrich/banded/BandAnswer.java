package io.attache.bench.enrich.banded;

import java.util.ArrayList;
import java.util.List;

/**
 * A message from the band index to a pending article, keyed by the article's id so it reaches the
 * article's own partition: either a band's answer to its query, or later news of an article it waits on.
 *
 * @param articleId   the pending article
 * @param revision    its revision
 * @param kind        an answer, or the outcome of an article it waits on
 * @param bands       ANSWER only: the article's bands this answer covers, one bit per band ({@code 1 << band}): a
 *                    partition of the index answers for all the article's bands it owns at once, and an answer
 *                    delivered twice (at-least-once) covers the same bands again rather than more of them
 * @param matchId     ANSWER: the closest enriched article in this band within the distance, empty when none;
 *                    WAIT: an article that precedes it and arrived later; ENRICHED or RELEASED: the article waited on
 * @param distance    Hamming distance to {@code matchId}, -1 when none
 * @param sameContent true when {@code matchId} has the same content hash
 * @param waitingOn   ANSWER only: pending articles that reached this band first and are within the distance
 */
public record BandAnswer(
        String articleId,
        int revision,
        Kind kind,
        int bands,
        String matchId,
        int distance,
        boolean sameContent,
        List<String> waitingOn) {
    /** What the message says. */
    public enum Kind {
        /** One band's answer to the article's query. */
        ANSWER,
        /** A related article that precedes it arrived after it: it must wait for that article's outcome too. */
        WAIT,
        /** An article it waited on reached news.enriched: it is a duplicate of it. */
        ENRICHED,
        /** An article it waited on was dropped: it no longer stands in the way. */
        RELEASED
    }

    public BandAnswer {
        matchId = matchId == null ? "" : matchId;
        waitingOn = waitingOn == null ? List.of() : List.copyOf(waitingOn);
    }

    /** No enriched article within the distance in no band, nothing to wait for. */
    public static BandAnswer none(String articleId, int revision) {
        return new BandAnswer(articleId, revision, Kind.ANSWER, 0, "", -1, false, List.of());
    }

    /** News for a pending article about another one ({@code kind} WAIT, ENRICHED or RELEASED). */
    public static BandAnswer notice(
            String articleId, int revision, Kind kind, String otherId, int distance, boolean sameContent) {
        return new BandAnswer(articleId, revision, kind, 0, otherId, distance, sameContent, List.of());
    }

    /** This answer and another band's answer for the same query as one: the closer match, both waits, both bands. */
    public BandAnswer and(BandAnswer other) {
        BandAnswer closest = closer(other);
        List<String> waits = new ArrayList<>(waitingOn);
        waits.addAll(other.waitingOn);
        return new BandAnswer(
                articleId,
                revision,
                Kind.ANSWER,
                bands | other.bands,
                closest.matchId,
                closest.distance,
                closest.sameContent,
                waits);
    }

    public boolean matched() {
        return !matchId.isEmpty();
    }

    /** The closer of two matches: a match beats none; then the smaller distance; then the smaller id. */
    public BandAnswer closer(BandAnswer other) {
        if (!other.matched()) {
            return this;
        }
        if (!matched()) {
            return other;
        }
        if (other.distance != distance) {
            return other.distance < distance ? other : this;
        }
        return other.matchId.compareTo(matchId) < 0 ? other : this;
    }
}
