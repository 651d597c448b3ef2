package io.attache.enrich.tagging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every phrase of a fixed list in a text in one pass, linear in the text's length: the text is read as folded
 * words ({@link TextFolding}), each word is looked up once among the words the phrases use, and the phrases form a
 * trie over those words. Phrases are keys as made by {@link TextFolding#phraseKey}, so every match starts and ends on
 * a word boundary. Most words of a text are in no phrase: they cost one probe, and end every match under way.
 *
 * <p>Each phrase belongs to a group: the empty group for phrases looked for in every article, else the one
 * language whose articles it is looked for in. A text is read by one trie of the phrases in Latin letters for every
 * language and of its own language's phrases in any script (built when a language is first seen), and, when it has
 * letters beyond Latin, by one of the other phrases in other scripts: an English text is not read for the Norwegian
 * name of Iceland, nor for Chinese, and a Chinese one not for a word only Japanese is given.
 */
public final class PhraseMatcher {
    /** Folded Latin letters, with their accents stripped, are below this; so are digits and the space. */
    private static final int LATIN_END = 0x2FF;
    /** The group of a language with no phrases of its own. */
    private static final String NO_OWN_PHRASES = "|none";

    private final TreeMap<String, Integer> everyLanguageLatin = new TreeMap<>();
    private final Map<String, TreeMap<String, Integer>> ownLanguage = new HashMap<>();
    private final WordTrie beyondLatin;
    /**
     * Built on first use, by group: the phrases in Latin letters for every language and the group's own, or every
     * group's (language unknown).
     */
    private final Map<String, WordTrie> languageTries = new ConcurrentHashMap<>();
    /** Each phrase as written, to fold again for languages that fold differently (see {@link LightStemmer}). */
    private final List<String> phrases;

    private final int size;

    /** Receives each match: the phrase index as given to {@link #of} and its span in the original text. */
    @FunctionalInterface
    public interface MatchSink {
        void match(int phrase, int start, int end);
    }

    private PhraseMatcher(List<String> keys, List<String> phrases, List<String> groups) {
        TreeMap<String, Integer> other = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            String group = groups.get(i);
            if (key.length() < 3 || key.charAt(0) != ' ' || key.charAt(key.length() - 1) != ' ') {
                throw new IllegalArgumentException("phrase key '" + key + "' is not a normalised phrase");
            }
            if (!seen.add(group + "|" + key)) {
                throw new IllegalArgumentException(
                        "phrase " + i + " ('" + key.strip() + "') is listed twice for '" + group + "'");
            }
            if (!group.isEmpty()) {
                ownLanguage.computeIfAbsent(group, g -> new TreeMap<>()).put(key, i);
            } else if (key.chars().allMatch(c -> c <= LATIN_END)) {
                everyLanguageLatin.put(key, i);
            } else {
                other.put(key, i);
            }
        }
        beyondLatin = new WordTrie(List.of(other));
        this.phrases = List.copyOf(phrases);
        size = keys.size();
    }

    /**
     * A matcher for normalised phrase keys; phrase {@code i} is {@code keys.get(i)} (the key of
     * {@code phrases.get(i)}), looked for in articles of the language {@code groups.get(i)} only, or in every
     * article when that is empty.
     */
    public static PhraseMatcher of(List<String> keys, List<String> phrases, List<String> groups) {
        return new PhraseMatcher(keys, phrases, groups);
    }

    /** Number of phrases. */
    public int size() {
        return size;
    }

    /**
     * Reports every occurrence, overlaps included, of every phrase looked for in articles of {@code language}
     * (a primary language subtag; empty when unknown, and then the phrases of every language are looked for).
     */
    public void scan(String text, String language, MatchSink sink) {
        boolean latinSlavic = LightStemmer.LATIN_SLAVIC.contains(language);
        String group =
                language.isEmpty() || latinSlavic || ownLanguage.containsKey(language) ? language : NO_OWN_PHRASES;
        List<WordTrie> tries = new ArrayList<>(2);
        tries.add(languageTries.computeIfAbsent(group, this::languageTrie));
        if (hasLettersBeyondLatin(text)) {
            tries.add(beyondLatin);
        }
        tries.removeIf(WordTrie::isEmpty);
        if (!tries.isEmpty()) {
            TextFolding.fold(text, latinSlavic, new Reader(tries, sink));
        }
    }

    private WordTrie languageTrie(String group) {
        List<TreeMap<String, Integer>> parts = new ArrayList<>();
        parts.add(everyLanguageLatin);
        if (group.isEmpty()) {
            parts.addAll(ownLanguage.values());
        } else if (ownLanguage.containsKey(group)) {
            parts.add(ownLanguage.get(group));
        }
        if (LightStemmer.LATIN_SLAVIC.contains(group)) {
            parts = parts.stream()
                    .flatMap(part -> stemmedLatinSlavic(part).stream())
                    .toList();
        }
        return new WordTrie(parts);
    }

    /**
     * The same phrases keyed as Serbian, Croatian and Bosnian text is folded (Latin-script words stemmed too); where
     * stemming gives two phrases one key, the second goes to a further map, and the trie keeps both.
     */
    private List<TreeMap<String, Integer>> stemmedLatinSlavic(TreeMap<String, Integer> part) {
        List<TreeMap<String, Integer>> layers = new ArrayList<>();
        part.values().forEach(phrase -> {
            String key = TextFolding.phraseKey(phrases.get(phrase), true);
            if (key.isEmpty()) {
                return;
            }
            TreeMap<String, Integer> free = layers.stream()
                    .filter(layer -> !layer.containsKey(key))
                    .findFirst()
                    .orElse(null);
            if (free == null) {
                free = new TreeMap<>();
                layers.add(free);
            }
            free.put(key, phrase);
        });
        return layers;
    }

    private static boolean hasLettersBeyondLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > LATIN_END) {
                return true;
            }
        }
        return false;
    }

    /** Feeds one text's words to its tries, each with the matches under way in it. */
    private static final class Reader implements TextFolding.Sink {
        private final WordTrie[] tries;
        private final Partials[] partials;
        private final MatchSink sink;

        Reader(List<WordTrie> tries, MatchSink sink) {
            this.tries = tries.toArray(WordTrie[]::new);
            this.partials = tries.stream().map(Partials::new).toArray(Partials[]::new);
            this.sink = sink;
        }

        @Override
        public void word(char[] chars, int length, int start, int end) {
            long hash = WordTrie.hash(chars, 0, length);
            for (int t = 0; t < tries.length; t++) {
                partials[t].advance(tries[t].wordNumber(chars, length, hash), start, end, sink);
            }
        }
    }

    /** The matches under way in one trie: the node each has reached, and where in the text it started. */
    private static final class Partials {
        private final WordTrie trie;
        /** At most one match under way per depth of the trie, since each began at a different word. */
        private final int[] nodes;

        private final int[] starts;
        private int count;

        Partials(WordTrie trie) {
            this.trie = trie;
            nodes = new int[trie.depth()];
            starts = new int[trie.depth()];
        }

        /**
         * Moves every match under way past the next word ({@link WordTrie#NONE} for a word no phrase has), and starts
         * one at it; reports the phrases that end with it.
         */
        void advance(int word, int start, int end, MatchSink sink) {
            if (word == WordTrie.NONE) {
                count = 0;
                return;
            }
            int kept = 0;
            for (int k = 0; k < count; k++) {
                kept = step(nodes[k], word, starts[k], end, kept, sink);
            }
            count = step(WordTrie.ROOT, word, start, end, kept, sink);
        }

        /** Follows {@code word} from {@code node}, reports what ends there, and keeps the match if it can go on. */
        private int step(int node, int word, int start, int end, int kept, MatchSink sink) {
            int next = trie.child(node, word);
            if (next == WordTrie.NONE) {
                return kept;
            }
            for (int phrase : trie.phrasesEndingAt(next)) {
                sink.match(phrase, start, end);
            }
            if (trie.goesOn(next)) {
                nodes[kept] = next;
                starts[kept] = start;
                kept++;
            }
            return kept;
        }
    }

    /**
     * Keys as a trie over their words. Each distinct word of the keys has a number, found from its chars through an
     * open-addressing table of 64-bit hashes (confirmed char by char); a node's child for a word is found in one
     * open-addressing table keyed by both. A key found in several of the parts it is built from (a phrase looked for
     * in every language and, for other targets, in one) stands for all their phrases.
     */
    private static final class WordTrie {
        static final int ROOT = 0;
        static final int NONE = -1;
        private static final int[] NO_PHRASES = {};
        private static final long EMPTY = -1;

        /** The chars of every word of the keys, one word after another. */
        private final char[] wordChars;
        /** Per slot, the hash of a word of the keys; 0 where the slot is empty. */
        private final long[] wordHashes;
        /** Per slot, three ints: the word's number, and the offset and length of its chars in {@link #wordChars}. */
        private final int[] wordSlots;
        /** Node and word number as {@link #edge}, {@link #EMPTY} where a slot is empty, and the child node. */
        private final long[] edges;

        private final int[] children;
        private final int[][] phrasesAt;
        private final boolean[] goesOn;
        private final int depth;

        WordTrie(List<TreeMap<String, Integer>> parts) {
            TreeMap<String, List<Integer>> merged = new TreeMap<>();
            parts.forEach(part -> part.forEach((key, phrase) ->
                    merged.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase)));
            Map<String, Integer> numbers = new HashMap<>();
            Map<Long, Integer> childOf = new HashMap<>();
            List<int[]> phrases = new ArrayList<>(List.of(NO_PHRASES));
            int longest = 1;
            for (Map.Entry<String, List<Integer>> entry : merged.entrySet()) {
                String key = entry.getKey();
                String[] keyWords = key.substring(1, key.length() - 1).split(" ", -1);
                int node = ROOT;
                for (String word : keyWords) {
                    int number = numbers.computeIfAbsent(word, w -> numbers.size());
                    int parent = node;
                    node = childOf.computeIfAbsent(edge(parent, number), e -> {
                        phrases.add(NO_PHRASES);
                        return phrases.size() - 1;
                    });
                }
                phrases.set(
                        node,
                        entry.getValue().stream().mapToInt(Integer::intValue).toArray());
                longest = Math.max(longest, keyWords.length);
            }
            depth = longest;
            phrasesAt = phrases.toArray(int[][]::new);
            goesOn = new boolean[phrasesAt.length];
            childOf.forEach((edge, child) -> goesOn[(int) (edge >>> 32)] = true);

            StringBuilder chars = new StringBuilder();
            wordHashes = new long[tableSize(numbers.size())];
            wordSlots = new int[3 * wordHashes.length];
            numbers.forEach((word, number) -> {
                long hash = hash(word.toCharArray(), 0, word.length());
                int slot = (int) hash & (wordHashes.length - 1);
                while (wordHashes[slot] != 0) {
                    slot = (slot + 1) & (wordHashes.length - 1);
                }
                wordHashes[slot] = hash;
                wordSlots[3 * slot] = number;
                wordSlots[3 * slot + 1] = chars.length();
                wordSlots[3 * slot + 2] = word.length();
                chars.append(word);
            });
            wordChars = chars.toString().toCharArray();

            edges = new long[tableSize(childOf.size())];
            children = new int[edges.length];
            Arrays.fill(edges, EMPTY);
            childOf.forEach((edge, child) -> {
                int slot = edgeSlot(edge);
                while (edges[slot] != EMPTY) {
                    slot = (slot + 1) & (edges.length - 1);
                }
                edges[slot] = edge;
                children[slot] = child;
            });
        }

        boolean isEmpty() {
            return phrasesAt.length == 1;
        }

        /** The most words in one key. */
        int depth() {
            return depth;
        }

        /** The number of the word {@code chars[0, length)} whose {@link #hash} is given, or {@link #NONE}. */
        int wordNumber(char[] chars, int length, long hash) {
            int mask = wordHashes.length - 1;
            for (int slot = (int) hash & mask; wordHashes[slot] != 0; slot = (slot + 1) & mask) {
                if (wordHashes[slot] == hash && spells(slot, chars, length)) {
                    return wordSlots[3 * slot];
                }
            }
            return NONE;
        }

        /** Whether the word in {@code slot} is {@code chars[0, length)}. */
        private boolean spells(int slot, char[] chars, int length) {
            if (wordSlots[3 * slot + 2] != length) {
                return false;
            }
            int offset = wordSlots[3 * slot + 1];
            for (int i = 0; i < length; i++) {
                if (wordChars[offset + i] != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        /** The node after {@code node} on {@code word}, or {@link #NONE}. */
        int child(int node, int word) {
            long edge = edge(node, word);
            for (int slot = edgeSlot(edge); edges[slot] != EMPTY; slot = (slot + 1) & (edges.length - 1)) {
                if (edges[slot] == edge) {
                    return children[slot];
                }
            }
            return NONE;
        }

        /** The phrases whose key ends at {@code node}; often none. */
        int[] phrasesEndingAt(int node) {
            return phrasesAt[node];
        }

        /** Whether some key is longer than the words that lead to {@code node}. */
        boolean goesOn(int node) {
            return goesOn[node];
        }

        /** A 64-bit hash of {@code chars[start, end)}, never 0 (0 marks an empty slot). */
        static long hash(char[] chars, int start, int end) {
            long hash = 0xcbf29ce484222325L;
            for (int i = start; i < end; i++) {
                hash = (hash ^ chars[i]) * 0x100000001b3L;
            }
            hash ^= hash >>> 29;
            return hash == 0 ? 1 : hash;
        }

        private static long edge(int node, int word) {
            return (long) node << 32 | word;
        }

        private int edgeSlot(long edge) {
            return Long.hashCode(edge * 0x9E3779B97F4A7C15L) & (edges.length - 1);
        }

        /** A power of two at least twice {@code entries}, so that probes stay short. */
        private static int tableSize(int entries) {
            return Integer.highestOneBit(Math.max(8, entries) * 2 - 1) << 1;
        }
    }
}
