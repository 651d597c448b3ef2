package io.attache.enrich.tagging;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.List;
import java.util.TreeMap;

/**
 * Finds every phrase of a fixed list in {@link NormalisedText} in one pass, linear in the text's length, with an
 * Aho-Corasick automaton stored as a double-array trie. Phrases are keys as made by
 * {@link NormalisedText#phraseKey}, so every match starts and ends on a word boundary.
 */
public final class PhraseMatcher {
    private final AhoCorasickDoubleArrayTrie<Integer> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int size;

    /** Receives each match: the phrase index as given to {@link #of} and its span in the normalised text. */
    @FunctionalInterface
    public interface MatchSink {
        void match(int phrase, int start, int end);
    }

    private PhraseMatcher(List<String> keys) {
        TreeMap<String, Integer> indexOf = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.length() < 3 || key.charAt(0) != ' ' || key.charAt(key.length() - 1) != ' ') {
                throw new IllegalArgumentException("phrase key '" + key + "' is not a normalised phrase");
            }
            Integer previous = indexOf.put(key, i);
            if (previous != null) {
                throw new IllegalArgumentException("phrase " + i + " duplicates phrase " + previous + " ('" + key.strip() + "')");
            }
        }
        trie.build(indexOf);
        size = keys.size();
    }

    /** A matcher for normalised phrase keys; phrase {@code i} is reported as index {@code i}. */
    public static PhraseMatcher of(List<String> keys) {
        return new PhraseMatcher(keys);
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /** Reports every occurrence of every phrase, overlaps included. */
    public void scan(NormalisedText text, MatchSink sink) {
        trie.parseText(text.chars(), (int begin, int end, Integer phrase, int index) -> sink.match(phrase, begin, end));
    }
}
