package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {
    /** Matches as "phrase-index:matched original text". */
    private static List<String> matches(PhraseMatcher matcher, String text, String language) {
        List<String> found = new ArrayList<>();
        matcher.scan(text, language, (phrase, start, end) -> found.add(phrase + ":" + text.substring(start, end)));
        return found;
    }

    private static PhraseMatcher matcher(List<String> phrases, List<String> groups) {
        return PhraseMatcher.of(phrases.stream().map(TextFolding::phraseKey).toList(), phrases, groups);
    }

    @Test
    void phrasesMatchWholeWordsOnlyWhateverTheCaseAndAccents() {
        PhraseMatcher matcher = matcher(List.of("Laos", "Côte d'Ivoire"), List.of("", ""));

        assertThat(matches(matcher, "LAOS and Cote-d'Ivoire met; Laotian officials came.", "en"))
                .containsExactly("0:LAOS", "1:Cote-d'Ivoire");
    }

    @Test
    void aMultiWordPhraseIsFoundAfterWordsThatStartNone() {
        PhraseMatcher matcher = matcher(List.of("South China Sea", "China"), List.of("", ""));

        assertThat(matches(matcher, "Ships sailed quietly into the South China Sea today", "en"))
                .contains("0:South China Sea", "1:China");
    }

    @Test
    void aWordThatOnlyBeginsAPhrasesFirstWordIsNoMatch() {
        PhraseMatcher matcher = matcher(List.of("investment treaty"), List.of(""));

        assertThat(matches(matcher, "They invest treaty money", "en")).isEmpty();
        assertThat(matches(matcher, "An investment treaty", "en")).containsExactly("0:investment treaty");
    }

    @Test
    void phrasesThatOverlapAreEachFound() {
        PhraseMatcher matcher = matcher(List.of("Belt and Road", "Road Initiative", "Belt"), List.of("", "", ""));

        assertThat(matches(matcher, "the Belt and Road Initiative", "en"))
                .containsExactlyInAnyOrder("2:Belt", "0:Belt and Road", "1:Road Initiative");
    }

    @Test
    void aPhraseIsFoundRightAfterAFalseStartOfItself() {
        PhraseMatcher matcher = matcher(List.of("foreign minister"), List.of(""));

        assertThat(matches(matcher, "a foreign foreign minister", "en")).containsExactly("0:foreign minister");
    }

    @Test
    void aPhraseOfOneLanguageIsLookedForInArticlesOfThatLanguageOrOfNoneKnown() {
        PhraseMatcher matcher = matcher(List.of("Island"), List.of("de"));

        assertThat(matches(matcher, "An island in the sun", "en")).isEmpty();
        assertThat(matches(matcher, "Island und Norwegen", "de")).containsExactly("0:Island");
        assertThat(matches(matcher, "Island und Norwegen", "")).containsExactly("0:Island");
    }

    @Test
    void chineseCharactersMatchWithoutSpacesAndSpansPointIntoTheOriginalText() {
        PhraseMatcher matcher = matcher(List.of("柬埔寨", "中方"), List.of("", ""));

        assertThat(matches(matcher, "中方愿同柬埔寨加强合作", "zh")).containsExactlyInAnyOrder("1:中方", "0:柬埔寨");
    }

    @Test
    void aKhmerNameMatchesWithItsVowelSignsOnlyNotAWordWithTheSameConsonants() {
        PhraseMatcher matcher = matcher(List.of("ប៉េរូ"), List.of(""));

        assertThat(matches(matcher, "ប្រធាន", "km")).isEmpty();
        assertThat(matches(matcher, "ប្រទេសប៉េរូ", "km")).containsExactly("0:ប៉េរូ");
    }

    @Test
    void aDeclinedRussianNameMatchesItsDictionaryFormAndTheSpanCoversTheWholeWord() {
        PhraseMatcher matcher = matcher(List.of("Китай"), List.of(""));

        assertThat(matches(matcher, "Визит в Китае и переговоры с Китаем", "ru"))
                .containsExactly("0:Китае", "0:Китаем");
    }

    @Test
    void aUkrainianNameEndingInIyaMatchesItsOtherCases() {
        PhraseMatcher matcher = matcher(List.of("Франція"), List.of(""));

        assertThat(matches(matcher, "до Франції, у Францію", "uk")).containsExactly("0:Франції", "0:Францію");
    }

    @Test
    void anArabicNameMatchesWithItsArticleConjunctionAndRelationalEnding() {
        PhraseMatcher matcher = matcher(List.of("الصين"), List.of(""));

        assertThat(matches(matcher, "والصين والسفارة الصينية", "ar")).containsExactly("0:والصين", "0:الصينية");
    }

    @Test
    void anArabicNameEndingAsAPluralDoesNotMatchTheWordItsStemWouldSpell() {
        PhraseMatcher matcher = matcher(List.of("البحرين", "لبنان"), List.of("", ""));

        assertThat(matches(matcher, "بحر قزوين ولبن", "ar")).isEmpty();
        assertThat(matches(matcher, "بالبحرين ولبنان", "ar")).containsExactly("0:بالبحرين", "1:ولبنان");
    }

    @Test
    void serbianInLatinLettersIsStemmedInSerbianArticlesOnly() {
        PhraseMatcher matcher = matcher(List.of("Srbija"), List.of(""));

        assertThat(matches(matcher, "Vlada Srbije", "sr")).containsExactly("0:Srbije");
        assertThat(matches(matcher, "Vlada Srbije", "en")).isEmpty();
    }

    @Test
    void aPhraseListedTwiceForOneGroupIsRefused() {
        assertThatThrownBy(() -> matcher(List.of("Laos", "LAOS"), List.of("", "")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("listed twice");
    }
}
