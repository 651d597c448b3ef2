package io.attache.bench.enrich.banded;

/**
 * Splits a 64-bit fingerprint into four 16-bit bands. Two fingerprints at Hamming distance 3 or less differ
 * in at most three bands, so they agree exactly on at least one: indexing every fingerprint under its four
 * band keys finds every near-duplicate pair by exact key lookups, on whichever partition owns the key.
 */
public final class FingerprintBands {
    /** Number of bands; with 16-bit bands, pairs within distance {@code BANDS - 1} always share one. */
    public static final int BANDS = 4;
    /** A band mask ({@code 1 << band} per band) with every band set. */
    public static final int ALL_BANDS = (1 << BANDS) - 1;

    private FingerprintBands() {}

    /** The 16 bits of band {@code band}: fingerprints with equal values share that band's bucket. */
    public static int value(long fingerprint, int band) {
        return (int) ((fingerprint >>> (16 * band)) & 0xFFFF);
    }

    /**
     * The partition of the band index that owns band {@code band} of {@code fingerprint}, out of
     * {@code partitions}. Senders and the index compute it alike, so an article's message reaches, and is handled
     * by, each partition owning one of its bands once, whatever the record key.
     */
    public static int partition(long fingerprint, int band, int partitions) {
        int mixed = ((band << 16) | value(fingerprint, band)) * 0x9E3779B9;
        return Math.floorMod(mixed ^ (mixed >>> 16), partitions);
    }

    /** The highest Hamming distance the banding is guaranteed to catch. */
    public static int maxDistance() {
        return BANDS - 1;
    }
}
