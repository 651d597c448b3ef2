package io.attache.enrich.tagging;

/**
 * One phrase as written in a data file and what a match of it stands for.
 *
 * @param phrase the phrase as written, e.g. {@code Phnom Penh}
 * @param kind   whether it names a country or signals a theme
 * @param target an ISO 3166-1 alpha-3 code, or a theme id
 * @param weight how much one match in the body counts (a match in the title counts more, see {@link ArticleTagger})
 */
public record PhraseSource(String phrase, Kind kind, String target, int weight) {
    /** What a phrase points at. */
    public enum Kind { COUNTRY, THEME }

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
}
