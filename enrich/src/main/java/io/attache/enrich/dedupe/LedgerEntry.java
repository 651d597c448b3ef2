package io.attache.enrich.dedupe;

/**
 * What enrichment knows about one article id: the value of the article ledger store.
 *
 * @param contentHash the content hash of its latest revision
 * @param revision    its latest revision
 * @param outcome     whether that revision was dropped
 * @param duplicateOf the article it was dropped as a duplicate of, empty unless {@code outcome} is DROPPED
 * @param seenAt      stream time (ms) when the id was last read; the entry expires a retention later
 */
public record LedgerEntry(String contentHash, int revision, Outcome outcome, String duplicateOf, long seenAt) {
    /**
     * What became of an article revision. Publishing an article does not rewrite its entry (that would cost a
     * changelog record per article, and nothing tells a published revision from one in flight): an entry stays
     * PENDING unless the revision is dropped.
     */
    public enum Outcome {
        /** In flight or published: not dropped. */
        PENDING,
        /** Published; written by builds before November 30, 2026 only, and read like PENDING. */
        ENRICHED,
        /** Dropped as a duplicate of {@code duplicateOf}. */
        DROPPED
    }

    public LedgerEntry {
        duplicateOf = duplicateOf == null ? "" : duplicateOf;
    }

    public LedgerEntry seenAgainAt(long timestamp) {
        return new LedgerEntry(contentHash, revision, outcome, duplicateOf, Math.max(seenAt, timestamp));
    }

    /** This entry with its revision dropped as a duplicate of {@code ofArticle}. */
    public LedgerEntry droppedFor(String ofArticle) {
        return new LedgerEntry(contentHash, revision, Outcome.DROPPED, ofArticle, seenAt);
    }

    /** The article that reached news.enriched for this id: itself, or the one it duplicates. */
    public String enrichedId(String articleId) {
        return outcome == Outcome.DROPPED ? duplicateOf : articleId;
    }
}
