package io.attache.enrich.tagging;

import java.util.Arrays;

/**
 * Text in the form phrases are matched in: folded words (lower case, accents stripped, light-stemmed where the
 * script inflects) between single spaces, with a leading and a trailing space, so that a phrase written as
 * {@code " w1 w2 "} matches exactly on word boundaries. Chinese, Japanese, Thai, Lao, Khmer and Burmese are
 * written without spaces between words; each of their characters is a word of its own here, so a phrase in
 * those scripts matches wherever its characters stand in a row (longer phrases win overlaps, see
 * {@link ArticleTagger}). Keeps, for every folded char, where it came from in the original text.
 */
public final class NormalisedText {
    private final char[] chars;
    private final int[] from;
    private final int[] to;

    private NormalisedText(char[] chars, int[] from, int[] to) {
        this.chars = chars;
        this.from = from;
        this.to = to;
    }

    /** Normalises {@code text}; every word and split character is bounded by single spaces. */
    public static NormalisedText of(String text) {
        Builder builder = new Builder(text.length());
        int wordStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Scripts.isMark(c)) {
                continue;
            }
            char folded = CharFolding.fold(c);
            if (folded == CharFolding.SEPARATOR) {
                if (wordStart >= 0) {
                    builder.endWord(i);
                    wordStart = -1;
                }
            } else if (Scripts.isUnspaced(c)) {
                if (wordStart >= 0) {
                    builder.endWord(i);
                    wordStart = -1;
                }
                builder.add(folded, i);
                builder.endWord(i + 1);
            } else {
                if (wordStart < 0) {
                    wordStart = i;
                }
                builder.add(folded, i);
            }
        }
        if (wordStart >= 0) {
            builder.endWord(text.length());
        }
        return builder.build();
    }

    /** The folded form of a phrase as a data file writes it, {@code " w1 w2 "}, or empty when it has no word. */
    public static String phraseKey(String phrase) {
        NormalisedText normalised = of(phrase);
        return normalised.chars.length <= 1 ? "" : new String(normalised.chars);
    }

    /** The folded chars, starting and ending with a space. */
    char[] chars() {
        return chars;
    }

    /** Offset in the original text where the folded span {@code [start, end)} begins; the span holds whole words. */
    int originalStart(int start) {
        return from[start + 1];
    }

    /** Offset in the original text just past the folded span {@code [start, end)}; the span holds whole words. */
    int originalEnd(int end) {
        return to[end - 2];
    }


    /** Collects words, stemming each as it ends. */
    private static final class Builder {
        private char[] chars;
        private int[] from;
        private int[] to;
        private int size;
        private int wordBegin;

        Builder(int capacity) {
            int initial = 2 * capacity + 2;
            chars = new char[initial];
            from = new int[initial];
            to = new int[initial];
            chars[0] = ' ';
            size = 1;
            wordBegin = 1;
        }

        void add(char c, int original) {
            if (size + 2 > chars.length) {
                chars = Arrays.copyOf(chars, chars.length * 2);
                from = Arrays.copyOf(from, from.length * 2);
                to = Arrays.copyOf(to, to.length * 2);
            }
            chars[size] = c;
            from[size] = original;
            to[size] = original + 1;
            size++;
        }

        void endWord(int originalEnd) {
            int length = LightStemmer.stemLength(chars, wordBegin, size - wordBegin);
            size = wordBegin + length;
            to[size - 1] = originalEnd;
            chars[size] = ' ';
            size++;
            wordBegin = size;
        }

        NormalisedText build() {
            return new NormalisedText(Arrays.copyOf(chars, size), from, to);
        }
    }
}
