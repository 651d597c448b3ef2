package io.attache.enrich.dedupe;

import io.attache.enrich.tagging.CharFolding;

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

    private SimHash() {
    }

    /** The fingerprint of the title and text together. */
    public static long of(String title, String text) {
        WordCounts words = new WordCounts(Integer.highestOneBit(Math.max(64, (title.length() + text.length()) / 3)));
        countWords(title, words);
        countWords(text, words);
        long[] votes = new long[64];
        for (int slot = 0; slot < words.counts.length; slot++) {
            int count = words.counts[slot];
            if (count > 0) {
                long hash = mix(words.hashes[slot]);
                for (int bit = 0; bit < 64; bit++) {
                    votes[bit] += ((hash >>> bit) & 1L) != 0 ? count : -count;
                }
            }
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
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
        return String.format("%016x", fingerprint);
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
