package io.attache.enrich.tagging;

import java.text.Normalizer;

/**
 * Folds a UTF-16 char to the form phrases are matched in: lower case, accents stripped (in Latin, Greek, Cyrillic
 * and Arabic letters, where they are diacritics: é is e, أ is ا), and every char
 * that is not a letter or digit mapped to {@link #SEPARATOR}. One table lookup per char, so the matcher
 * and the fingerprint stay linear and allocation-free.
 */
public final class CharFolding {
    /** What every non-word char (space, punctuation, apostrophe, hyphen) folds to. */
    public static final char SEPARATOR = 0;

    private static final char[] TABLE = buildTable();

    private CharFolding() {}

    /** The folded form of {@code c}: a lower-case base letter or digit, or {@link #SEPARATOR}. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** Folds a whole string; separators become single spaces, trimmed. For building patterns, not for scanning. */
    public static String foldPhrase(String phrase) {
        StringBuilder folded = new StringBuilder(phrase.length());
        boolean pendingSpace = false;
        for (int i = 0; i < phrase.length(); i++) {
            char f = fold(phrase.charAt(i));
            if (f == SEPARATOR) {
                pendingSpace = folded.length() > 0;
            } else {
                if (pendingSpace) {
                    folded.append(' ');
                    pendingSpace = false;
                }
                folded.append(f);
            }
        }
        return folded.toString();
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = foldOne((char) c);
        }
        return table;
    }

    private static char foldOne(char c) {
        if (Character.isSurrogate(c)) {
            // Letters outside the BMP are rare in this domain; treating halves as word chars keeps words whole.
            return c;
        }
        if (!Character.isLetterOrDigit(c)) {
            return SEPARATOR;
        }
        // Letters NFD does not decompose but that readers treat as accented Latin letters.
        switch (Character.toLowerCase(c)) {
            case 'ø':
                return 'o';
            case 'đ':
                return 'd';
            case 'ł':
                return 'l';
            case 'ß':
                return 's';
            case 'æ':
                return 'a';
            case 'œ':
                return 'o';
            case 'ı':
                return 'i';
            default:
                break;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (script != Character.UnicodeScript.LATIN
                && script != Character.UnicodeScript.GREEK
                && script != Character.UnicodeScript.CYRILLIC
                && script != Character.UnicodeScript.ARABIC) {
            // Elsewhere a mark makes another letter: ペ (pe) and ベ (be) differ as much as p and b, and a Hangul
            // syllable decomposes into letters, not a letter and marks.
            return Character.toLowerCase(c);
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = Character.toLowerCase(decomposed.charAt(0));
        return Character.isLetterOrDigit(base) ? base : Character.toLowerCase(c);
    }
}
