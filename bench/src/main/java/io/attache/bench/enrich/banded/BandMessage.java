package io.attache.bench.enrich.banded;

/**
 * A message to the band index, keyed by article id; it reaches each partition owning one of the fingerprint's
 * bands ({@link FingerprintBands#partition}), which handles those bands.
 *
 * @param kind        what the index is asked to do
 * @param fingerprint the article's fingerprint
 */
public record BandMessage(Kind kind, Fingerprint fingerprint) {
    /** What the band index is asked to do. */
    public enum Kind {
        /** Which enriched article is within the distance, and which pending ones came first? Reserve me. */
        QUERY,
        /** This article reached news.enriched: index it and tell those waiting on it. */
        REGISTER,
        /** This article was dropped: remove it and tell those waiting on it. */
        RELEASE
    }
}
