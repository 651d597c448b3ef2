package io.attache.enrich.tagging;

/**
 * What the tagger needs to know of a writing system: whether it spaces its words, whether a char is a mark that
 * belongs to the letter before it, and which script a word is in. One table lookup per char: looking a script up
 * in Unicode's tables costs a search, and the tagger asks for every char of every text.
 */
public final class Scripts {
    static final byte OTHER = 0;
    static final byte UNSPACED = 1;
    static final byte MARK = 2;
    static final byte CYRILLIC = 3;
    static final byte HANGUL = 4;
    static final byte ARABIC = 5;
    private static final byte[] KIND = kinds();

    private Scripts() {}

    /** Scripts written without spaces between words: Han, kana, Thai, Lao, Khmer, Burmese. */
    public static boolean isUnspaced(char c) {
        return KIND[c] == UNSPACED;
    }

    /** Vowel signs and diacritics, which belong to the letter before them (Thai, Devanagari, Arabic harakat). */
    public static boolean isMark(char c) {
        return KIND[c] == MARK;
    }

    /** {@link #CYRILLIC}, {@link #HANGUL}, {@link #ARABIC}, {@link #UNSPACED}, {@link #MARK} or {@link #OTHER}. */
    static byte kind(char c) {
        return KIND[c];
    }

    /** True when every letter of {@code text} is Latin (or it has none). */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && scriptOf(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static Character.UnicodeScript scriptOf(char c) {
        return Character.isSurrogate(c) ? Character.UnicodeScript.UNKNOWN : Character.UnicodeScript.of(c);
    }

    private static byte[] kinds() {
        byte[] kinds = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            kinds[c] = kindOf((char) c);
        }
        return kinds;
    }

    private static byte kindOf(char c) {
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return MARK;
        }
        return switch (scriptOf(c)) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> UNSPACED;
            case CYRILLIC -> CYRILLIC;
            case HANGUL -> HANGUL;
            case ARABIC -> ARABIC;
            default -> OTHER;
        };
    }
}
