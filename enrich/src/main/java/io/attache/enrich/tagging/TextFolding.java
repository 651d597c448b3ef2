package io.attache.enrich.tagging;

/**
 * Reads text as the tagger matches it, in one pass, as a run of folded words: lower case, accents stripped,
 * light-stemmed where the script inflects (see {@link LightStemmer}). A phrase's key ({@link #phraseKey}) is its
 * words read the same way, written {@code " w1 w2 "}, and the phrase matches where the text has the same words in a
 * row, so exactly on word boundaries. Chinese, Japanese, Thai, Lao, Khmer and Burmese are written without spaces
 * between words; each of their characters, with the vowel signs and tone marks that follow it, is a word of its own
 * here, so a phrase in those scripts matches wherever its characters stand in a row ({@link UnspacedWordCheck} then
 * keeps only matches on real word boundaries). Marks after letters of spaced scripts (diacritics, Arabic harakat)
 * are dropped.
 */
final class TextFolding {
    /** Longest word kept whole; longer runs of letters (a URL, a hash) are cut, harmlessly for matching. */
    static final int MAX_WORD = 64;

    /** Receives the folded words in order, each with the span of the original text it stands for. */
    @FunctionalInterface
    interface Sink {
        /**
         * One folded word, {@code chars[0, length)} (the array is reused for the next word), standing for
         * {@code [start, end)} of the original text: the whole inflected word, marks included, when its stem is
         * shorter.
         */
        void word(char[] chars, int length, int start, int end);
    }

    private TextFolding() {}

    /**
     * Streams the folded words of {@code text} into {@code sink}; words in Latin letters are stemmed when
     * {@code latinSlavic} (see {@link LightStemmer}).
     */
    static void fold(String text, boolean latinSlavic, Sink sink) {
        char[] word = new char[MAX_WORD];
        int length = 0;
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte kind = Scripts.kind(c);
            char folded = CharFolding.fold(c);
            // Most chars are letters of a spaced word: one test, and the word's start is set where the last one ended.
            if (folded != CharFolding.SEPARATOR && kind != Scripts.UNSPACED && kind != Scripts.MARK) {
                if (length < MAX_WORD) {
                    word[length++] = folded;
                }
                continue;
            }
            if (kind == Scripts.MARK) {
                if (length == 0) {
                    wordStart = i + 1;
                }
                continue;
            }
            if (length > 0) {
                emit(word, length, wordStart, i, latinSlavic, sink);
                length = 0;
            }
            if (kind == Scripts.UNSPACED) {
                i = syllable(text, i, folded, word, sink);
            }
            wordStart = i + 1;
        }
        if (length > 0) {
            emit(word, length, wordStart, text.length(), latinSlavic, sink);
        }
    }

    /** The folded form of a phrase as a data file writes it, {@code " w1 w2 "}, or empty when it has no word. */
    static String phraseKey(String phrase) {
        return phraseKey(phrase, false);
    }

    /** The folded form of a phrase as it is looked for in text folded with the same {@code latinSlavic}. */
    static String phraseKey(String phrase, boolean latinSlavic) {
        StringBuilder key = new StringBuilder(phrase.length() + 2).append(' ');
        fold(
                phrase,
                latinSlavic,
                (chars, length, start, end) -> key.append(chars, 0, length).append(' '));
        return key.length() <= 1 ? "" : key.toString();
    }

    /**
     * Sends the unspaced char at {@code i} as a word with the marks that follow it, and returns the index of its last
     * mark. In Thai, Lao, Khmer and Burmese the vowel signs are marks: without them the words of a syllable would be
     * their consonants alone, and ប្រ ("pr-", which starts ប្រទេស, "country") would read as ប៉េរូ (Peru).
     */
    private static int syllable(String text, int i, char folded, char[] word, Sink sink) {
        word[0] = folded;
        int length = 1;
        int last = i;
        while (last + 1 < text.length() && Scripts.kind(text.charAt(last + 1)) == Scripts.MARK) {
            last++;
            if (length < MAX_WORD) {
                word[length++] = text.charAt(last);
            }
        }
        sink.word(word, length, i, last + 1);
        return last;
    }

    private static void emit(char[] word, int length, int start, int end, boolean latinSlavic, Sink sink) {
        sink.word(word, LightStemmer.stemLength(word, 0, length, latinSlavic), start, end);
    }
}
