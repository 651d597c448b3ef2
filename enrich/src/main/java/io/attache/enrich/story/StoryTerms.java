package io.attache.enrich.story;

import io.attache.enrich.tagging.CharFolding;
import io.attache.enrich.tagging.Scripts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms that tell one event from another, with how much each says about the article: folded words of three
 * letters or more but for the function words of {@code story-stopwords.txt} (numbers left out: dates and
 * datelines differ between reports of one event), pairs of adjacent
 * chars in scripts written without spaces (Chinese words are mostly two chars, and a segmenter would cost more than
 * the similarity it feeds), and the names the tagger found (people, places, institutions), each as one term.
 * Only the title and the lede count: the first paragraphs name the event, the rest of a long text is background.
 * A term's weight is the highest of its places: a name {@value #ENTITY_WEIGHT}, in the title {@value #TITLE_WEIGHT},
 * in the lede {@value #LEDE_WEIGHT}. Terms are language-bound: an English and a Chinese report of one meeting share
 * their country names only through the tagger's codes, not here.
 */
public final class StoryTerms {
    static final int ENTITY_WEIGHT = 3;
    static final int TITLE_WEIGHT = 2;
    static final int LEDE_WEIGHT = 1;
    /** Chars of the text read: a feed item is shorter, a long article names its event in this much. */
    static final int LEDE_CHARS = 600;

    private static final int MIN_WORD = 3;
    private static final char ENTITY_MARK = '=';
    private static final Set<String> STOPWORDS = stopwords();

    private StoryTerms() {}

    /** The terms of an article's title, text and the names the tagger found in it, with their weights. */
    public static Map<String, Integer> of(String title, String text, List<String> names) {
        Map<String, Integer> terms = new HashMap<>();
        add(text.length() > LEDE_CHARS ? text.substring(0, LEDE_CHARS) : text, LEDE_WEIGHT, terms);
        add(title, TITLE_WEIGHT, terms);
        for (String name : names) {
            String folded = CharFolding.foldPhrase(name);
            if (!folded.isEmpty()) {
                terms.merge(ENTITY_MARK + folded, ENTITY_WEIGHT, Math::max);
            }
        }
        return terms;
    }

    private static void add(String field, int weight, Map<String, Integer> terms) {
        StringBuilder word = new StringBuilder();
        boolean digitsOnly = true;
        char previousUnspaced = 0;
        for (int i = 0; i <= field.length(); i++) {
            char c = i < field.length() ? field.charAt(i) : ' ';
            if (Scripts.isMark(c)) {
                continue;
            }
            char folded = CharFolding.fold(c);
            boolean unspaced = Scripts.isUnspaced(c);
            if (folded != CharFolding.SEPARATOR && !unspaced) {
                word.append(folded);
                digitsOnly &= Character.isDigit(folded);
                previousUnspaced = 0;
                continue;
            }
            if (word.length() >= MIN_WORD && !digitsOnly && !STOPWORDS.contains(word.toString())) {
                terms.merge(word.toString(), weight, Math::max);
            }
            word.setLength(0);
            digitsOnly = true;
            boolean stopChar = unspaced && STOPWORDS.contains(String.valueOf(folded));
            if (unspaced && previousUnspaced != 0 && !stopChar) {
                terms.merge(String.valueOf(new char[] {previousUnspaced, folded}), weight, Math::max);
            }
            previousUnspaced = unspaced && !stopChar ? folded : 0;
        }
    }

    private static Set<String> stopwords() {
        String name = "/io/attache/enrich/story-stopwords.txt";
        try (InputStream in = StoryTerms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + name + " is missing");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    words.addAll(Arrays.asList(line.trim().split("\\s+")));
                }
            }
            words.remove("");
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
