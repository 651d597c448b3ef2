package io.attache.enrich.tagging;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every phrase of a fixed list in a text in one pass, linear in the text's length: the text is folded as
 * it is read ({@link TextFolding}) and fed to Aho-Corasick automata stored as double-array tries. Phrases are keys
 * as made by {@link TextFolding#phraseKey}, so every match starts and ends on a word boundary.
 *
 * <p>Each phrase belongs to a group: the empty group for phrases looked for in every article, else the one
 * language whose articles it is looked for in. A text is read by one automaton of the phrases in Latin letters
 * for every language and its own (built when a language is first seen), and, when it has letters beyond Latin,
 * by one of the phrases in other scripts: an English text is not read for the Norwegian name of Iceland, nor for
 * Chinese, and the automata stay small enough for the processor's caches.
 */
public final class PhraseMatcher {
    /** Folded Latin letters, with their accents stripped, are below this; so are digits and the space. */
    private static final int LATIN_END = 0x2FF;
    /** The group of a language with no phrases of its own. */
    private static final String NO_OWN_PHRASES = "|none";
    /** Folded chars remembered for mapping a match back to the original text; longer than any phrase. */
    private static final int RING = 1024;

    private final TreeMap<String, Integer> everyLanguageLatin = new TreeMap<>();
    private final Map<String, TreeMap<String, Integer>> languageLatin = new HashMap<>();
    private final Automaton beyondLatin;
    /** Built on first use: the phrases in Latin letters for every language and for one, or for all (unknown). */
    private final Map<String, Automaton> latinFor = new ConcurrentHashMap<>();
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
            if (key.length() < 3
                    || key.length() > RING / 2
                    || key.charAt(0) != ' '
                    || key.charAt(key.length() - 1) != ' ') {
                throw new IllegalArgumentException(
                        "phrase key '" + key + "' is not a normalised phrase of at most " + RING / 2 + " chars");
            }
            if (!seen.add(group + "|" + key)) {
                throw new IllegalArgumentException(
                        "phrase " + i + " ('" + key.strip() + "') is listed twice for '" + group + "'");
            }
            if (!group.isEmpty()) {
                languageLatin.computeIfAbsent(group, g -> new TreeMap<>()).put(key, i);
            } else if (key.chars().allMatch(c -> c <= LATIN_END)) {
                everyLanguageLatin.put(key, i);
            } else {
                other.put(key, i);
            }
        }
        beyondLatin = new Automaton(List.of(other));
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
                language.isEmpty() || latinSlavic || languageLatin.containsKey(language) ? language : NO_OWN_PHRASES;
        List<Automaton> automata = new ArrayList<>(2);
        automata.add(latinFor.computeIfAbsent(group, this::latinAutomaton));
        if (hasLettersBeyondLatin(text)) {
            automata.add(beyondLatin);
        }
        automata.removeIf(Automaton::isEmpty);
        new Reader(automata.toArray(Automaton[]::new), sink).read(text, latinSlavic);
    }

    private Automaton latinAutomaton(String group) {
        List<TreeMap<String, Integer>> parts = new ArrayList<>();
        parts.add(everyLanguageLatin);
        if (group.isEmpty()) {
            parts.addAll(languageLatin.values());
        } else if (languageLatin.containsKey(group)) {
            parts.add(languageLatin.get(group));
        }
        if (LightStemmer.LATIN_SLAVIC.contains(group)) {
            parts = parts.stream()
                    .flatMap(part -> stemmedLatinSlavic(part).stream())
                    .toList();
        }
        return new Automaton(parts);
    }

    /**
     * The same phrases keyed as Serbian, Croatian and Bosnian text is folded (Latin-script words stemmed too); where
     * stemming gives two phrases one key, the second goes to a further map, and the automaton keeps both.
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

    /** Feeds one text's folded chars to its automata and maps their matches back to the original text. */
    private static final class Reader implements TextFolding.Sink {
        private final Automaton[] automata;
        private final int[] states;
        private final boolean[] skipping;
        private final MatchSink sink;
        private final int[] from = new int[RING];
        private final int[] to = new int[RING];
        private int position = -1;

        Reader(Automaton[] automata, MatchSink sink) {
            this.automata = automata;
            this.states = new int[automata.length];
            this.skipping = new boolean[automata.length];
            this.sink = sink;
        }

        void read(String text, boolean latinSlavic) {
            TextFolding.fold(text, latinSlavic, this);
        }

        @Override
        public boolean word(char[] chars, int length) {
            boolean wanted = false;
            for (int a = 0; a < automata.length; a++) {
                // Between keys, a word that starts no key leaves the automaton where it is, past its space; no
                // match will ever reach back to its chars, so when no automaton wants it, it is not read at all.
                skipping[a] = automata[a].betweenKeys(states[a]) && !automata[a].mayStartKey(chars, length);
                wanted |= !skipping[a];
            }
            return wanted;
        }

        @Override
        public void fold(char c, int originalStart, int originalEnd) {
            position++;
            from[position & (RING - 1)] = originalStart;
            to[position & (RING - 1)] = originalEnd;
            for (int a = 0; a < automata.length; a++) {
                if (skipping[a] || states[a] == 0 && c != ' ') {
                    // Every key starts at a space: from the root, the rest of this word can start none.
                    continue;
                }
                Automaton automaton = automata[a];
                int state = automaton.next(states[a], c);
                states[a] = state;
                if (automaton.emits(state)) {
                    for (int hit : automaton.hits(state)) {
                        // A key is " w1 ... wn ": its first word starts one past the opening space, its last
                        // word ends one before the closing space, which is the char just read.
                        int first = position - automaton.length(hit) + 2;
                        int start = from[first & (RING - 1)];
                        int end = to[(position - 1) & (RING - 1)];
                        for (int phrase : automaton.phrases(hit)) {
                            sink.match(phrase, start, end);
                        }
                    }
                }
            }
        }
    }

    /**
     * One double-array trie, read a char at a time. A key found in several of its parts (a phrase looked for in
     * every language and, for other targets, in one) stands for all their phrases.
     */
    private static final class Automaton extends AhoCorasickDoubleArrayTrie<Integer> {
        private final boolean empty;
        private int[][] phrasesOf;
        private boolean[] emits;
        private int spaceState;
        private FirstWords firstWords;

        Automaton(List<TreeMap<String, Integer>> parts) {
            TreeMap<String, List<Integer>> merged = new TreeMap<>();
            parts.forEach(part -> part.forEach((key, phrase) ->
                    merged.computeIfAbsent(key, k -> new ArrayList<>()).add(phrase)));
            empty = merged.isEmpty();
            if (!empty) {
                TreeMap<String, Integer> index = new TreeMap<>();
                phrasesOf = new int[merged.size()][];
                int i = 0;
                for (Map.Entry<String, List<Integer>> entry : merged.entrySet()) {
                    index.put(entry.getKey(), i);
                    phrasesOf[i++] = entry.getValue().stream()
                            .mapToInt(Integer::intValue)
                            .toArray();
                }
                build(index);
                spaceState = next(0, ' ');
                firstWords = new FirstWords(merged.keySet());
                // One byte per state says whether any key ends there: cheaper to test on every char than output[].
                emits = new boolean[output.length];
                for (int state = 0; state < output.length; state++) {
                    emits[state] = output[state] != null;
                }
            }
        }

        boolean isEmpty() {
            return empty;
        }

        /** The state after reading {@code c} in {@code state}, following failure links as needed. */
        int next(int state, char c) {
            int next = transitionWithRoot(state, c);
            while (next == -1) {
                state = fail[state];
                next = transitionWithRoot(state, c);
            }
            return next;
        }

        /** Whether {@code state} is just past a space with no key under way: the root's space child. */
        boolean betweenKeys(int state) {
            return state == spaceState;
        }

        /** False when no key begins with the word {@code chars[0, length)}; true when one may. */
        boolean mayStartKey(char[] chars, int length) {
            return firstWords.mayContain(chars, length);
        }

        boolean emits(int state) {
            return emits[state];
        }

        /** The keys (as indexes into this automaton) that end in {@code state}. */
        int[] hits(int state) {
            return output[state];
        }

        int length(int hit) {
            return l[hit];
        }

        int[] phrases(int hit) {
            return phrasesOf[get(hit)];
        }
    }

    /**
     * The first word of every key of an automaton, as a set of 64-bit hashes in an open-addressing table: one
     * probe tells that a text word starts no key (most words of a text), and the automaton can skip it.
     */
    private static final class FirstWords {
        private final long[] table;
        private final int mask;

        FirstWords(Set<String> keys) {
            Set<Long> hashes = new HashSet<>();
            for (String key : keys) {
                int end = key.indexOf(' ', 1);
                hashes.add(hash(key.toCharArray(), 1, end));
            }
            int capacity = Integer.highestOneBit(Math.max(16, hashes.size() * 4) - 1) << 1;
            table = new long[capacity];
            mask = capacity - 1;
            for (long hash : hashes) {
                int slot = (int) hash & mask;
                while (table[slot] != 0 && table[slot] != hash) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = hash;
            }
        }

        boolean mayContain(char[] chars, int length) {
            long hash = hash(chars, 0, length);
            for (int slot = (int) hash & mask; table[slot] != 0; slot = (slot + 1) & mask) {
                if (table[slot] == hash) {
                    return true;
                }
            }
            return false;
        }

        /** A 64-bit hash of {@code chars[start, end)}, never 0 (0 marks an empty slot). */
        private static long hash(char[] chars, int start, int end) {
            long hash = 0xcbf29ce484222325L;
            for (int i = start; i < end; i++) {
                hash = (hash ^ chars[i]) * 0x100000001b3L;
            }
            hash ^= hash >>> 29;
            return hash == 0 ? 1 : hash;
        }
    }
}
