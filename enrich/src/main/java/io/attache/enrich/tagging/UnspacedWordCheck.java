package io.attache.enrich.tagging;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.BitSet;

/**
 * Keeps phrase matches in Chinese, Japanese, Thai and other unspaced scripts from being fragments of other
 * words: {@code 中加} (China–Canada) is no match in {@code 集中加强}, nor {@code 法国} (France) in
 * {@code 方法国家}. A match counts when ICU's dictionary-based word segmentation puts a word boundary before it
 * and either after it or nowhere inside it (so {@code 中美} counts at the start of the single word
 * {@code 中美关系}). Segments the text once, on the first match that needs it: text without such matches costs
 * nothing.
 */
final class UnspacedWordCheck {
    private final String text;
    private BitSet boundaries;

    UnspacedWordCheck(String text) {
        this.text = text;
    }

    /** Whether the match spanning {@code [start, end)} of the original text stands on word boundaries. */
    boolean accepts(int start, int end) {
        if (!Scripts.isUnspaced(text.charAt(start))) {
            return true;
        }
        BitSet words = boundaries();
        while (end < text.length() && Scripts.isMark(text.charAt(end))) {
            end++;
        }
        if (!words.get(start)) {
            return false;
        }
        return words.get(end) || words.nextSetBit(start + 1) >= end;
    }

    private BitSet boundaries() {
        if (boundaries == null) {
            boundaries = new BitSet(text.length() + 1);
            BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);
            words.setText(text);
            for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
                boundaries.set(b);
            }
        }
        return boundaries;
    }
}
