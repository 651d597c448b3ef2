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
 * The terms that tell one event from another, with how much each says about the article. Read from the title and
 * the lede (the first paragraphs name the event; the rest of a long text is background):
 * <ul>
 *   <li>folded words of three letters or more, but for the function words of {@code story-stopwords.txt}; in the
 *       lede, a capitalised word that does not start a sentence is a name (a person, a place, a ship, a treaty) and
 *       weighs {@value #NAME_WEIGHT}, a title word {@value #TITLE_WEIGHT}, another lede word {@value #LEDE_WEIGHT};
 *   <li>pairs of adjacent chars in scripts written without spaces (Chinese words are mostly two chars, and a
 *       segmenter would cost more than the similarity it feeds), weighted as words by where they stand;
 *   <li>numbers above 31 that are no year (1,200 troops, 49 percent, 390 prisoners), weight {@value #NAME_WEIGHT}:
 *       days and years are shared by every event of their day, counts are the event's own;
 *   <li>the article's themes, as {@code @<theme>}, weight {@value #LEDE_WEIGHT}.
 * </ul>
 * The mentions of the story's own countries (their names, capitals and leaders, which the tagger gives as the dyad's
 * evidence) are left out: every report of the pair has them, so they cannot tell its events apart. Numbers and
 * themes are the same in every language ({@link #languageIndependent}); words are not, so an English and a Chinese
 * report of one event share only those.
 */
public final class StoryTerms {
    static final int NAME_WEIGHT = 3;
    static final int TITLE_WEIGHT = 2;
    static final int LEDE_WEIGHT = 1;
    /** Chars of the text read: a feed item is shorter, a long article names its event in this much. */
    static final int LEDE_CHARS = 600;

    private static final int MIN_WORD = 3;
    private static final int LARGEST_DAY = 31;
    private static final char THEME_MARK = '@';
    private static final Set<String> STOPWORDS = stopwords();

    private StoryTerms() {}

    /**
     * The terms of an article's title and text, less those of {@code ownMentions} (the phrases that name the story's
     * own countries), plus its {@code themes}; with their weights.
     */
    public static Map<String, Integer> of(String title, String text, List<String> ownMentions, List<String> themes) {
        Map<String, Integer> terms = new HashMap<>();
        add(text.length() > LEDE_CHARS ? text.substring(0, LEDE_CHARS) : text, false, terms);
        add(title, true, terms);
        Map<String, Integer> own = new HashMap<>();
        ownMentions.forEach(mention -> add(mention, true, own));
        terms.keySet().removeAll(own.keySet());
        themes.forEach(theme -> terms.put(THEME_MARK + theme, LEDE_WEIGHT));
        return terms;
    }

    /** True for the terms every language writes alike: themes and numbers. */
    public static boolean languageIndependent(String term) {
        char first = term.charAt(0);
        return first == THEME_MARK || (first >= '0' && first <= '9');
    }

    private static void add(String field, boolean title, Map<String, Integer> terms) {
        StringBuilder word = new StringBuilder();
        boolean capitalised = false;
        boolean sentenceStart = true;
        char previousUnspaced = 0;
        for (int i = 0; i <= field.length(); i++) {
            char c = i < field.length() ? field.charAt(i) : ' ';
            if (Scripts.isMark(c)) {
                continue;
            }
            if (isDigitGroupSeparator(field, i, word)) {
                if (c == '.') {
                    word.append('.');
                }
                continue;
            }
            char folded = CharFolding.fold(c);
            boolean unspaced = Scripts.isUnspaced(c);
            if (folded != CharFolding.SEPARATOR && !unspaced) {
                if (word.isEmpty()) {
                    capitalised = Character.isUpperCase(c);
                }
                word.append(folded);
                previousUnspaced = 0;
                continue;
            }
            if (!word.isEmpty()) {
                addWord(word.toString(), weight(title, capitalised && !sentenceStart), terms);
                sentenceStart = false;
            }
            word.setLength(0);
            if (c == '.' || c == '!' || c == '?' || c == '—' || c == '。') {
                sentenceStart = true;
            }
            boolean stopChar = unspaced && STOPWORDS.contains(String.valueOf(folded));
            if (unspaced && previousUnspaced != 0 && !stopChar) {
                terms.merge(String.valueOf(new char[] {previousUnspaced, folded}), weight(title, false), Math::max);
            }
            previousUnspaced = unspaced && !stopChar ? folded : 0;
        }
    }

    private static void addWord(String word, int weight, Map<String, Integer> terms) {
        if (Character.isDigit(word.charAt(0))) {
            if (isCount(word)) {
                terms.merge(word, NAME_WEIGHT, Math::max);
            }
        } else if (word.length() >= MIN_WORD && !STOPWORDS.contains(word)) {
            terms.merge(word, weight, Math::max);
        }
    }

    private static int weight(boolean title, boolean name) {
        return name ? NAME_WEIGHT : title ? TITLE_WEIGHT : LEDE_WEIGHT;
    }

    /** A ',' or '.' between digits, inside a number being read: 1,200 is one number, and 6.1 another. */
    private static boolean isDigitGroupSeparator(String field, int i, StringBuilder word) {
        if (i == 0 || i + 1 >= field.length() || word.isEmpty() || !Character.isDigit(word.charAt(0))) {
            return false;
        }
        char c = field.charAt(i);
        return (c == ',' || c == '.')
                && Character.isDigit(field.charAt(i - 1))
                && Character.isDigit(field.charAt(i + 1));
    }

    /** A number that counts something: above the days of a month, and no year from 1900 to 2099. */
    private static boolean isCount(String number) {
        if (!number.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.')) {
            return false;
        }
        double value = Double.parseDouble(number);
        boolean year = number.length() == 4 && value >= 1900 && value < 2100;
        return value > LARGEST_DAY && !year;
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
