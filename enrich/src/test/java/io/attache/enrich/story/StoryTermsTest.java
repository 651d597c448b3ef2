package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
    @Test
    void aNameInTheLedeWeighsMostThenATitleWordThenALedeWord() {
        Map<String, Integer> terms = StoryTerms.of(
                "Canal talks", "The canal and the corridor were opened by Hun Manet.", List.of(), List.of());

        assertThat(terms)
                .containsEntry("canal", StoryTerms.TITLE_WEIGHT)
                .containsEntry("corridor", StoryTerms.LEDE_WEIGHT)
                .containsEntry("manet", StoryTerms.NAME_WEIGHT);
    }

    @Test
    void aCapitalAtTheStartOfASentenceMakesNoName() {
        assertThat(StoryTerms.of("", "Talks ended. Delegates left.", List.of(), List.of()))
                .containsEntry("talks", StoryTerms.LEDE_WEIGHT)
                .containsEntry("delegates", StoryTerms.LEDE_WEIGHT);
    }

    @Test
    void countsAreTermsButDaysYearsFunctionWordsAndShortWordsAreNot() {
        Map<String, Integer> terms = StoryTerms.of("On 12 March 2025 the 1,200 troops met", "", List.of(), List.of());

        assertThat(terms).containsOnlyKeys("march", "1200", "troops", "met");
        assertThat(terms).containsEntry("1200", StoryTerms.NAME_WEIGHT);
    }

    @Test
    void theMentionsOfTheStorysOwnCountriesAreLeftOut() {
        Map<String, Integer> terms =
                StoryTerms.of("Wang Yi meets Cambodian minister", "", List.of("Wang Yi", "Cambodian"), List.of());

        assertThat(terms).containsOnlyKeys("meets", "minister");
    }

    @Test
    void themesAreTermsOfEveryLanguage() {
        Map<String, Integer> terms = StoryTerms.of("", "", List.of(), List.of("health"));

        assertThat(terms).containsOnlyKeys("@health");
        assertThat(StoryTerms.languageIndependent("@health")).isTrue();
        assertThat(StoryTerms.languageIndependent("1200")).isTrue();
        assertThat(StoryTerms.languageIndependent("canal")).isFalse();
    }

    @Test
    void casesAndAccentsAreFolded() {
        assertThat(StoryTerms.of("SÉNÉGAL Senegal", "", List.of(), List.of())).containsOnlyKeys("senegal");
    }

    @Test
    void chineseIsReadAsPairsOfCharsSkippingFunctionChars() {
        Map<String, Integer> terms = StoryTerms.of("王毅会见洪玛奈", "双方的合作", List.of(), List.of());

        assertThat(terms).containsKeys("王毅", "毅会", "会见", "洪玛", "玛奈", "双方").doesNotContainKeys("方的", "的合");
        assertThat(terms).containsEntry("合作", StoryTerms.LEDE_WEIGHT);
    }

    @Test
    void onlyTheLedeOfALongTextIsRead() {
        String text = "word ".repeat(StoryTerms.LEDE_CHARS / 5) + "faraway";

        assertThat(StoryTerms.of("", text, List.of(), List.of())).doesNotContainKey("faraway");
    }
}
