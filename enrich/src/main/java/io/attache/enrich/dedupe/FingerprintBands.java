package io.attache.enrich.dedupe;

/**
 * Splits a 64-bit fingerprint into four 16-bit bands. Two fingerprints at Hamming distance 3 or less differ
 * in at most three bands, so they agree exactly on at least one: indexing every fingerprint under its four
 * band keys finds every near-duplicate pair by exact key lookups, on whichever partition owns the key.
 */
public final class FingerprintBands {
    /** Number of bands; with 16-bit bands, pairs within distance {@code BANDS - 1} always share one. */
    public static final int BANDS = 4;

    private FingerprintBands() {
    }

    /** The key under which a fingerprint is indexed for band {@code band}, e.g. {@code 2:9f3a}. */
    public static String key(long fingerprint, int band) {
        return band + ":" + String.format("%04x", value(fingerprint, band));
    }

    /** The 16 bits of band {@code band}: equal values mean equal keys, without building the keys. */
    public static int value(long fingerprint, int band) {
        return (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
    }

    /** The band index of a key made by {@link #key(long, int)}. */
    public static int bandOf(String key) {
        return key.charAt(0) - '0';
    }

    /** The highest Hamming distance the banding is guaranteed to catch. */
    public static int maxDistance() {
        return BANDS - 1;
    }
}
