package io.attache.enrich.tagging;

/** What the tagger needs to know of a writing system: whether it spaces its words, and whether it is Latin. */
final class Scripts {
    private Scripts() {
    }

    /** Scripts written without spaces between words: every char of them is treated as a word. */
    static boolean isUnspaced(char c) {
        Character.UnicodeScript script = scriptOf(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI
                || script == Character.UnicodeScript.LAO
                || script == Character.UnicodeScript.KHMER
                || script == Character.UnicodeScript.MYANMAR;
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

    /** Vowel signs and diacritics, which belong to the letter before them (Thai, Devanagari, Arabic harakat). */
    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    static Character.UnicodeScript scriptOf(char c) {
        return Character.isSurrogate(c) ? Character.UnicodeScript.UNKNOWN : Character.UnicodeScript.of(c);
    }
}
