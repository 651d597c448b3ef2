package io.attache.enrich.tagging;

/**
 * Reads text as the tagger matches it, in one pass: folded words (lower case, accents stripped, light-stemmed
 * where the script inflects, see {@link LightStemmer}) each followed by a single space, after a leading space, so
 * that a phrase written as {@code " w1 w2 "} matches exactly on word boundaries. Chinese, Japanese, Thai, Lao,
 * Khmer and Burmese are written without spaces between words; each of their characters is a word of its own here,
 * so a phrase in those scripts matches wherever its characters stand in a row ({@link UnspacedWordCheck} then
 * keeps only matches on real word boundaries). Marks (vowel signs, diacritics) belong to the letter before them.
 */
final class TextFolding {
    /** Longest word kept whole; longer runs of letters (a URL, a hash) are cut, harmlessly for matching. */
    static final int MAX_WORD = 64;

    /** Receives the folded chars in order, each with the span of the original text it stands for. */
    interface Sink {
        /**
         * One folded char; {@code originalEnd} is the end of its whole original word when it is the last char of
         * a word's stem (so evidence covers the inflected word), else just past the char. A space has the span of
         * the word before it.
         */
        void fold(char c, int originalStart, int originalEnd);

        /**
         * Announces the next word, {@code chars[0, length)} as it will be folded, before its chars come; false when
         * the sink has no use for it, and then neither the word's chars nor the space after it come.
         */
        default boolean word(char[] chars, int length) {
            return true;
        }
    }

    private TextFolding() {}

    /**
     * Streams the folded form of {@code text} into {@code sink}, starting with a space; words in Latin letters
     * are stemmed when {@code latinSlavic} (see {@link LightStemmer}).
     */
    static void fold(String text, boolean latinSlavic, Sink sink) {
        char[] word = new char[MAX_WORD];
        int[] from = new int[MAX_WORD];
        int length = 0;
        sink.fold(' ', 0, 0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = Scripts.kind(c);
            if (kind == Scripts.MARK) {
                continue;
            }
            char folded = CharFolding.fold(c);
            if (folded == CharFolding.SEPARATOR || kind == Scripts.UNSPACED) {
                if (length > 0) {
                    emit(word, from, length, i, latinSlavic, sink);
                    length = 0;
                }
                if (kind == Scripts.UNSPACED) {
                    word[0] = folded;
                    if (sink.word(word, 1)) {
                        sink.fold(folded, i, i + 1);
                        sink.fold(' ', i, i + 1);
                    }
                }
            } else if (length < MAX_WORD) {
                word[length] = folded;
                from[length] = i;
                length++;
            }
        }
        if (length > 0) {
            emit(word, from, length, text.length(), latinSlavic, sink);
        }
    }

    /** The folded form of a phrase as a data file writes it, {@code " w1 w2 "}, or empty when it has no word. */
    static String phraseKey(String phrase) {
        return phraseKey(phrase, false);
    }

    /** The folded form of a phrase as it is looked for in text folded with the same {@code latinSlavic}. */
    static String phraseKey(String phrase, boolean latinSlavic) {
        StringBuilder key = new StringBuilder(phrase.length() + 2);
        fold(phrase, latinSlavic, (c, start, end) -> key.append(c));
        return key.length() <= 1 ? "" : key.toString();
    }

    private static void emit(char[] word, int[] from, int length, int wordEnd, boolean latinSlavic, Sink sink) {
        int stem = LightStemmer.stemLength(word, 0, length, latinSlavic);
        if (!sink.word(word, stem)) {
            return;
        }
        for (int k = 0; k < stem - 1; k++) {
            sink.fold(word[k], from[k], from[k] + 1);
        }
        sink.fold(word[stem - 1], from[stem - 1], wordEnd);
        sink.fold(' ', from[0], wordEnd);
    }
}
