package io.attache.enrich.tagging;

/**
 * Finds a match result written as two small numbers joined by a dash ("beat Brazil 2-0", "England 325-9",
 * "(1–1)"): a sign of sport in any language and script, which no list of words covers. Only the title is read, so
 * the check costs nothing beside the phrase scan. Years and seasons ("2025-26") have four digits, and
 * designations ("F-35", "COVID-19", "Су-34") a letter before the dash: neither is a result.
 */
final class MatchResult {
    /** A side of a result has at most this many digits (a cricket innings: 325). */
    private static final int MAX_DIGITS = 3;

    private MatchResult() {}

    /** Whether {@code title} holds a result such as 2-0 or 325-9. */
    static boolean in(String title) {
        for (int dash = 1; dash < title.length() - 1; dash++) {
            if (isDash(title.charAt(dash)) && isSide(digitsBefore(title, dash)) && isSide(digitsAfter(title, dash))) {
                return true;
            }
        }
        return false;
    }

    /** The digits ending just before {@code dash}, or 0 when they are part of a word or a longer figure. */
    private static int digitsBefore(String title, int dash) {
        int start = dash;
        while (start > 0 && isDigit(title.charAt(start - 1))) {
            start--;
        }
        return start > 0 && joined(title.charAt(start - 1)) ? 0 : dash - start;
    }

    /** The digits starting just after {@code dash}, or 0 when they run into a word or a longer figure. */
    private static int digitsAfter(String title, int dash) {
        int end = dash + 1;
        while (end < title.length() && isDigit(title.charAt(end))) {
            end++;
        }
        return end < title.length() && joined(title.charAt(end)) ? 0 : end - dash - 1;
    }

    private static boolean isSide(int digits) {
        return digits > 0 && digits <= MAX_DIGITS;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A char that makes the figure part of a longer token: a letter, a dash, a decimal point or separator. */
    private static boolean joined(char c) {
        return Character.isLetter(c) || isDash(c) || c == '.' || c == ',' || c == '/';
    }
}
