package io.attache.enrich.dedupe;

/**
 * A message to the band index, keyed by band key ({@link FingerprintBands#key}).
 *
 * @param kind        ask for near-duplicates, or record a fingerprint that reached {@code news.enriched}
 * @param fingerprint the article's fingerprint
 */
public record BandMessage(Kind kind, Fingerprint fingerprint) {
    /** What the band index is asked to do. */
    public enum Kind {
        /** Which enriched article, if any, is within the distance in this band? */
        QUERY,
        /** This article reached news.enriched: index it so later copies are caught. */
        REGISTER
    }
}
