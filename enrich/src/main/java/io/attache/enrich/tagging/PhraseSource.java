package io.attache.enrich.tagging;

import java.util.Set;

/**
 * One phrase as written in a data file and what a match of it stands for.
 *
 * @param phrase   the phrase as written, e.g. {@code Phnom Penh}
 * @param kind     whether it names a country, signals a theme, or tells how countries are named together
 * @param target   an ISO 3166-1 alpha-3 code, a theme id, or a {@link Cue} name
 * @param weight   how much one match in the body counts (a match in the title counts more, see {@link ArticleTagger})
 * @param language the one language (BCP 47 primary subtag) whose articles the phrase is looked for in, or empty
 *                 when it is looked for in every article: a French or Indonesian name written in Latin letters
 *                 can be an ordinary word in another language, a name in another script cannot
 */
public record PhraseSource(String phrase, Kind kind, String target, int weight, String language) {
    /** What a phrase points at. */
    public enum Kind {
        COUNTRY,
        THEME,
        /**
         * A word that adds to a theme other phrases signal but never signals it alone: "mar" (sea) in a travel
         * piece or "dólares" in a price are everyday words, not what the article is about.
         */
        THEME_SUPPORT,
        CUE
    }

    /** What a {@link Kind#CUE} phrase says about the countries named beside it. */
    public enum Cue {
        /** Countries acting on each other: talks, visits, agreements, calls, disputes. */
        INTERACTION,
        /** A match, a result, a tournament: the countries named are teams, not states acting. */
        SPORTS,
        /** A name that contains a country's name but stands for none: its match only keeps the country from counting. */
        NEUTRAL
    }

    /**
     * Languages whose theme words, in every script, are looked for in their own articles only. Chinese and
     * Japanese share characters, not senses: Japanese 技術, 研究所 or 科学 tagged Chinese text in another sense.
     * Serbian and Russian share Cyrillic words that differ in sense: Serbian плата (pay) read Russian платья
     * (dresses), пожар (a fire, in Serbian lists of wildfires) read a house fire. The other way round the words
     * serve: Japanese text reads Chinese words well (restricted too, Japanese theme recall fell 0.72 to 0.63),
     * and Ukrainian text Russian ones.
     */
    private static final Set<String> OWN_LANGUAGE_WORDS = Set.of("ja", "sr");

    public PhraseSource {
        language = language == null ? "" : language;
    }

    /** A phrase looked for in articles of every language. */
    public PhraseSource(String phrase, Kind kind, String target, int weight) {
        this(phrase, kind, target, weight, "");
    }

    /**
     * Names written with a capital match only where the text writes them with one: "La Paz" is Bolivia's capital,
     * "la paz" is peace; "Chad" a country, "chad" not. Only for names of countries in scripts with case.
     */
    public boolean capitalised() {
        return kind == Kind.COUNTRY && !phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0));
    }

    /** Acronyms (US, UK, WHO, AI) match only in capitals, so the pronoun "us" or the word "who" do not count. */
    public boolean caseSensitive() {
        int letters = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 5;
    }

    /**
     * The language a phrase read from a data file of {@code fileLanguage} is restricted to: none for phrases in
     * a script other than Latin and for English names, the file's language otherwise. Latin-script words are
     * false friends across languages: English "marine" is in "Marine Le Pen", Spanish "fiscal" is a prosecutor.
     */
    static String restriction(String phrase, String fileLanguage) {
        if (fileLanguage.isEmpty() || !Scripts.isLatin(phrase)) {
            return "";
        }
        if (fileLanguage.equals("en") && !phrase.isEmpty() && Character.isUpperCase(phrase.charAt(0))) {
            // English names and acronyms (ASEAN, Belt and Road) stand in news of every language; its words do not.
            return "";
        }
        return fileLanguage;
    }

    /**
     * The language a theme word read from a data file of {@code fileLanguage} is restricted to: as {@link
     * #restriction}, and a Japanese or Serbian word to its language in every script.
     */
    static String wordRestriction(String phrase, String fileLanguage) {
        return OWN_LANGUAGE_WORDS.contains(fileLanguage) ? fileLanguage : restriction(phrase, fileLanguage);
    }
}
