package io.attache.enrich.tagging;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho-Corasick automaton over folded text that finds whole-word phrase matches in one pass, linear in
 * the text's length. Transitions are a dense table over a small alphabet (the chars that occur in the
 * phrases, plus "separator" and "any other word char"), so scanning costs one array load per char.
 *
 * <p>Phrases are stored as {@code SEP word SEP word ... SEP}, and the text is scanned as if it began and
 * ended with a separator with runs of separators collapsed: a match therefore always starts and ends on a
 * word boundary, case, accents and punctuation between words notwithstanding.
 */
public final class PhraseAutomaton {
    private static final int SEP = 0;
    private static final int OTHER = 1;
    /** Longest phrase in symbols; bounds the ring of positions kept while scanning. */
    private static final int RING = 256;

    /** Symbol of each raw UTF-16 char: folding and alphabet mapping in one lookup. */
    private final byte[] symbolOfChar;
    /**
     * Transitions, indexed by {@code stateOffset + symbol} where a state's offset is its number times the
     * alphabet size; the value is the next state's offset, negated when that state completes a phrase.
     */
    private final int[] delta;
    private final int alphabet;
    private final int[] output;
    private final int[] outputLink;
    private final int[] phraseLength;

    /** Receives each match: the phrase index as given to the builder and its [start, end) in the text. */
    @FunctionalInterface
    public interface MatchSink {
        void match(int phrase, int start, int end);
    }

    private PhraseAutomaton(int[] symbolOf, int alphabet, int[] delta, int[] output, int[] outputLink, int[] phraseLength) {
        if (alphabet > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("phrases use " + alphabet + " distinct folded chars; at most " + Byte.MAX_VALUE + " are supported");
        }
        this.symbolOfChar = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            symbolOfChar[c] = (byte) symbolOf[CharFolding.fold((char) c)];
        }
        this.alphabet = alphabet;
        this.output = output;
        this.outputLink = outputLink;
        this.phraseLength = phraseLength;
        this.delta = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int next = delta[i];
            boolean emits = output[next] >= 0 || outputLink[next] > 0;
            this.delta[i] = emits ? -next * alphabet : next * alphabet;
        }
    }

    /**
     * Builds the automaton for phrases already folded with {@link CharFolding#foldPhrase(String)}; phrase
     * {@code i} is reported as index {@code i}. Duplicate phrases are an error: merge them before.
     */
    public static PhraseAutomaton build(List<String> foldedPhrases) {
        int[] symbolOf = new int[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(symbolOf, OTHER);
        symbolOf[CharFolding.SEPARATOR] = SEP;
        int alphabet = 2;
        List<int[]> encoded = new ArrayList<>(foldedPhrases.size());
        for (String phrase : foldedPhrases) {
            if (phrase.isEmpty() || phrase.length() + 2 >= RING) {
                throw new IllegalArgumentException("phrase '" + phrase + "' must have 1 to " + (RING - 3) + " chars");
            }
            int[] symbols = new int[phrase.length() + 2];
            symbols[0] = SEP;
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i) == ' ' ? CharFolding.SEPARATOR : phrase.charAt(i);
                if (c != CharFolding.SEPARATOR && symbolOf[c] == OTHER) {
                    symbolOf[c] = alphabet++;
                }
                symbols[i + 1] = symbolOf[c];
            }
            symbols[symbols.length - 1] = SEP;
            encoded.add(symbols);
        }
        return new Builder(alphabet, encoded).build(symbolOf);
    }

    /** Number of phrases. */
    public int size() {
        return phraseLength.length;
    }

    /** Reports every whole-word occurrence of every phrase in {@code text}, overlaps included, in order of end. */
    public void scan(String text, MatchSink sink) {
        int[] positions = new int[RING];
        int n = 0;
        positions[n++] = -1;
        int state = delta[SEP];
        boolean afterSeparator = true;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            int symbol = symbolOfChar[text.charAt(i)];
            if (symbol == SEP) {
                if (afterSeparator) {
                    continue;
                }
                afterSeparator = true;
            } else {
                afterSeparator = false;
            }
            positions[n & (RING - 1)] = i;
            n++;
            state = delta[Math.abs(state) + symbol];
            if (state < 0) {
                report(-state / alphabet, positions, n, sink);
            }
        }
        if (!afterSeparator) {
            positions[n & (RING - 1)] = length;
            n++;
            state = delta[Math.abs(state) + SEP];
            if (state < 0) {
                report(-state / alphabet, positions, n, sink);
            }
        }
    }

    private void report(int state, int[] positions, int n, MatchSink sink) {
        for (int s = state; s > 0; s = outputLink[s]) {
            int phrase = output[s];
            if (phrase < 0) {
                continue;
            }
            // n - 1 is the closing separator; the phrase's first char is one past its opening separator.
            int first = n - phraseLength[phrase] + 1;
            int last = n - 2;
            sink.match(phrase, positions[first & (RING - 1)], positions[last & (RING - 1)] + 1);
        }
    }

    /** Trie, then breadth-first failure links folded into a complete transition table. */
    private static final class Builder {
        private final int alphabet;
        private final List<int[]> phrases;
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<Integer> terminal = new ArrayList<>();

        Builder(int alphabet, List<int[]> phrases) {
            this.alphabet = alphabet;
            this.phrases = phrases;
            newState();
        }

        private int newState() {
            children.add(new HashMap<>());
            terminal.add(-1);
            return children.size() - 1;
        }

        PhraseAutomaton build(int[] symbolOf) {
            int[] lengths = new int[phrases.size()];
            for (int p = 0; p < phrases.size(); p++) {
                int state = 0;
                for (int symbol : phrases.get(p)) {
                    Integer next = children.get(state).get(symbol);
                    if (next == null) {
                        next = newState();
                        children.get(state).put(symbol, next);
                    }
                    state = next;
                }
                if (terminal.get(state) >= 0) {
                    throw new IllegalArgumentException("phrase " + p + " duplicates phrase " + terminal.get(state));
                }
                terminal.set(state, p);
                lengths[p] = phrases.get(p).length;
            }
            int states = children.size();
            int[] delta = new int[states * alphabet];
            int[] failure = new int[states];
            int[] outputLink = new int[states];
            int[] output = new int[states];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int symbol = 0; symbol < alphabet; symbol++) {
                Integer child = children.get(0).get(symbol);
                delta[symbol] = child == null ? 0 : child;
                if (child != null) {
                    queue.add(child);
                }
            }
            output[0] = -1;
            while (!queue.isEmpty()) {
                int state = queue.poll();
                int fail = failure[state];
                output[state] = terminal.get(state);
                outputLink[state] = output[fail] >= 0 ? fail : outputLink[fail];
                for (int symbol = 0; symbol < alphabet; symbol++) {
                    Integer child = children.get(state).get(symbol);
                    if (child == null) {
                        delta[state * alphabet + symbol] = delta[fail * alphabet + symbol];
                    } else {
                        delta[state * alphabet + symbol] = child;
                        failure[child] = delta[fail * alphabet + symbol];
                        queue.add(child);
                    }
                }
            }
            return new PhraseAutomaton(symbolOf, alphabet, delta, output, outputLink, lengths);
        }
    }
}
