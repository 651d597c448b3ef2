package io.attache.enrich.dedupe;

/**
 * Splits a 64-bit fingerprint into four 16-bit bands. Two fingerprints at Hamming distance 3 or less differ
 * in at most three bands, so they agree exactly on at least one: indexing every fingerprint under its four
 * band keys finds every near-duplicate pair by four exact lookups.
 */
public final class FingerprintBands {
    /** Number of bands; with 16-bit bands, pairs within distance {@code BANDS - 1} always share one. */
    public static final int BANDS = 4;
    /** The highest Hamming distance the banding is guaranteed to catch. */
    public static final int MAX_DISTANCE = BANDS - 1;

    private FingerprintBands() {}

    /** The 16 bits of band {@code band}: fingerprints with equal values share that band's bucket. */
    public static int value(long fingerprint, int band) {
        return (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
    }
}
