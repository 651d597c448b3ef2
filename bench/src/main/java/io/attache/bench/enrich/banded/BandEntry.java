package io.attache.bench.enrich.banded;

/**
 * One fingerprint in a band bucket.
 *
 * @param fingerprint the article's fingerprint
 * @param enriched    true once the article reached news.enriched; false while it is pending (reserved)
 */
public record BandEntry(Fingerprint fingerprint, boolean enriched) {}
