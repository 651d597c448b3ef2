package io.attache.enrich.dedupe;

/**
 * What enrichment knows about one article id on its input partition: the value of the article ledger store.
 *
 * @param contentHash the content hash of its latest revision
 * @param revision    its latest revision
 * @param seenAt      stream time (ms) when the id was last read; the entry expires a retention later
 */
public record LedgerEntry(String contentHash, int revision, long seenAt) {
    public LedgerEntry seenAgainAt(long timestamp) {
        return new LedgerEntry(contentHash, revision, Math.max(seenAt, timestamp));
    }
}
