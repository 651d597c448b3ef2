package io.attache.bench.enrich.banded;

/**
 * The band index's store value, one per article revision and task: the fingerprint, whether the article reached
 * news.enriched, and which of its bands this task's index holds it under.
 *
 * @param fingerprint the article's fingerprint
 * @param enriched    true once the article reached news.enriched; false while it is pending (reserved)
 * @param bands       the bands holding it here, one bit per band ({@code 1 << band})
 */
public record StoredFingerprint(Fingerprint fingerprint, boolean enriched, int bands) {
    /** The entry it makes in each of its bands' buckets. */
    public BandEntry entry() {
        return new BandEntry(fingerprint, enriched);
    }
}
