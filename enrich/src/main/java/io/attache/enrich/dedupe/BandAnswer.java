package io.attache.enrich.dedupe;

/**
 * One band's answer to a query, keyed by the asking article's id so it returns to the article's partition.
 *
 * @param articleId   the asking article
 * @param revision    the asking article's revision
 * @param matchId     the closest enriched article in this band, empty when none is within the distance
 * @param distance    Hamming distance to the match, -1 when none
 * @param sameContent true when the match has the same content hash (the same text under another URL)
 */
public record BandAnswer(String articleId, int revision, String matchId, int distance, boolean sameContent) {
    /** No enriched article within the distance in this band. */
    public static BandAnswer none(String articleId, int revision) {
        return new BandAnswer(articleId, revision, "", -1, false);
    }

    public boolean matched() {
        return !matchId.isEmpty();
    }

    /** The better of two answers: a match beats none; then the smaller distance; then the smaller id. */
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
