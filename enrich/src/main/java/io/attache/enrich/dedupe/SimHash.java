package io.attache.enrich.dedupe;

import io.attache.enrich.tagging.CharFolding;
import java.util.HexFormat;

/**
 * 64-bit SimHash over one-word shingles weighted by how often each word occurs: bit {@code i} of the
 * fingerprint is set when the words whose hash has bit {@code i} set outweigh those that have it clear.
 * Words are folded (case, accents) and numbers are left out, so a changed date or a different dateline
 * number does not move the fingerprint.
 *
 * <p>Why single words and not longer shingles: SimHash's expected distance grows with the angle between the
 * feature vectors, and every edited word changes {@code k} shingles of length {@code k}. On a 100-word release
 * with a "Xinhua |" prefix, a changed date and an editor's line, 3-word shingles put the copy 6 bits away
 * and 2-word shingles 5, beyond the distance of 3 the dedupe uses; single words weighted by frequency put it
 * 2 bits away, while a different release written from the same template stays 10 or more bits away.
 */
public final class SimHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private SimHash() {}

    /** The fingerprint of the title and text together. */
    public static long of(String title, String text) {
        WordCounts words = new WordCounts(Integer.highestOneBit(Math.max(64, (title.length() + text.length()) / 3)));
        countWords(title, words);
        countWords(text, words);
        // Bit i is set when the words with bit i set outweigh the others: 2 * (weight with bit i set) > total weight.
        BitWeights weights = new BitWeights();
        long total = 0;
        for (int slot = 0; slot < words.counts.length; slot++) {
            int count = words.counts[slot];
            if (count > 0) {
                weights.add(mix(words.hashes[slot]), count);
                total += count;
            }
        }
        long[] perBit = weights.sums();
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2 * perBit[bit] > total) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The fingerprint as 16 lower-case hex digits, as it stands in {@code EnrichedArticle.simhash}. */
    public static String hex(long fingerprint) {
        return HexFormat.of().toHexDigits(fingerprint);
    }

    private static void countWords(String s, WordCounts frequencies) {
        long hash = FNV_OFFSET;
        boolean inWord = false;
        boolean allDigits = true;
        for (int i = 0; i <= s.length(); i++) {
            char folded = i < s.length() ? CharFolding.fold(s.charAt(i)) : CharFolding.SEPARATOR;
            if (folded != CharFolding.SEPARATOR) {
                hash = (hash ^ folded) * FNV_PRIME;
                allDigits &= folded >= '0' && folded <= '9';
                inWord = true;
            } else if (inWord) {
                if (!allDigits) {
                    frequencies.add(hash);
                }
                hash = FNV_OFFSET;
                inWord = false;
                allDigits = true;
            }
        }
    }

    /**
     * How often each word hash occurs: an open-addressing table of primitives, since a boxed map per article was
     * most of the fingerprint's cost. A slot is free while its count is 0.
     */
    private static final class WordCounts {
        private long[] hashes;
        private int[] counts;
        private int size;

        WordCounts(int capacity) {
            hashes = new long[capacity];
            counts = new int[capacity];
        }

        void add(long hash) {
            int slot = find(hash);
            if (counts[slot] == 0) {
                hashes[slot] = hash;
                size++;
            }
            counts[slot]++;
            if (size > counts.length / 2) {
                grow();
            }
        }

        /** The slot holding {@code hash}, or the free slot where it goes. */
        private int find(long hash) {
            int mask = counts.length - 1;
            int slot = (int) mix(hash) & mask;
            while (counts[slot] != 0 && hashes[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldHashes = hashes;
            int[] oldCounts = counts;
            hashes = new long[oldCounts.length * 2];
            counts = new int[oldCounts.length * 2];
            for (int old = 0; old < oldCounts.length; old++) {
                if (oldCounts[old] != 0) {
                    int slot = find(oldHashes[old]);
                    hashes[slot] = oldHashes[old];
                    counts[slot] = oldCounts[old];
                }
            }
        }
    }

    /**
     * For each of the 64 bits, the total weight of the hashes that have it set. Adding a hash bit by bit was most
     * of the fingerprint's cost, so eight one-byte counters are packed in a long (SWAR): each byte of a hash is spread
     * by a table to eight 0/1 bytes and added, times the weight, in one step; the packed counters are emptied
     * into the totals before any byte could overflow.
     */
    private static final class BitWeights {
        /** SPREAD[v] has byte j equal to bit j of v. */
        private static final long[] SPREAD = new long[256];

        static {
            for (int value = 0; value < 256; value++) {
                for (int bit = 0; bit < 8; bit++) {
                    if ((value >>> bit & 1) != 0) {
                        SPREAD[value] |= 1L << (8 * bit);
                    }
                }
            }
        }

        private final long[] packed = new long[8];
        private final long[] sums = new long[64];
        private int packedWeight;

        void add(long hash, int weight) {
            if (weight > 255) {
                for (int bit = 0; bit < 64; bit++) {
                    sums[bit] += (hash >>> bit & 1L) * weight;
                }
                return;
            }
            if (packedWeight + weight > 255) {
                drain();
            }
            for (int octet = 0; octet < 8; octet++) {
                packed[octet] += SPREAD[(int) (hash >>> (8 * octet)) & 0xFF] * weight;
            }
            packedWeight += weight;
        }

        long[] sums() {
            drain();
            return sums;
        }

        private void drain() {
            for (int octet = 0; octet < 8; octet++) {
                for (int bit = 0; bit < 8; bit++) {
                    sums[8 * octet + bit] += packed[octet] >>> (8 * bit) & 0xFF;
                }
                packed[octet] = 0;
            }
            packedWeight = 0;
        }
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over every output bit. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
