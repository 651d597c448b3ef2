package io.attache.enrich.dedupe;

/**
 * What the copy check knows about one article id: the value of the fingerprint index's store, keyed by article id.
 * It describes the id's latest revision that was checked: published (its fingerprint is looked up by later
 * articles) or dropped as a copy of {@code duplicateOf}.
 *
 * @param revision    the revision checked
 * @param simhash     its fingerprint
 * @param contentHash its content hash
 * @param seenAt      stream time (ms) when it was checked; the entry expires a retention later
 * @param duplicateOf the article it was dropped for; empty when it was published
 */
public record IndexEntry(int revision, long simhash, String contentHash, long seenAt, String duplicateOf) {
    public IndexEntry {
        duplicateOf = duplicateOf == null ? "" : duplicateOf;
    }

    /** True when this revision reached news.enriched, so later articles are compared with it. */
    public boolean published() {
        return duplicateOf.isEmpty();
    }
}
