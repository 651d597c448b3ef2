package io.attache.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryTermsTest {
    @Test
    void aTitleWordWeighsMoreThanALedeWordAndANameMost() {
        Map<String, Integer> terms = StoryTerms.of("Canal talks", "The canal and the corridor.", List.of("Wang Yi"));

        assertThat(terms)
                .containsEntry("canal", StoryTerms.TITLE_WEIGHT)
                .containsEntry("corridor", StoryTerms.LEDE_WEIGHT)
                .containsEntry("=wang yi", StoryTerms.ENTITY_WEIGHT);
    }

    @Test
    void numbersFunctionWordsAndShortWordsAreNoTerms() {
        Map<String, Integer> terms = StoryTerms.of("On 12 March the ministers met", "", List.of());

        assertThat(terms).containsOnlyKeys("march", "ministers", "met");
    }

    @Test
    void casesAndAccentsAreFolded() {
        assertThat(StoryTerms.of("SÉNÉGAL Senegal", "", List.of())).containsOnlyKeys("senegal");
    }

    @Test
    void chineseIsReadAsPairsOfCharsSkippingFunctionChars() {
        Map<String, Integer> terms = StoryTerms.of("王毅会见洪玛奈", "双方的合作", List.of());

        assertThat(terms).containsKeys("王毅", "毅会", "会见", "洪玛", "玛奈", "双方").doesNotContainKeys("方的", "的合");
        assertThat(terms).containsEntry("合作", StoryTerms.LEDE_WEIGHT);
    }

    @Test
    void onlyTheLedeOfALongTextIsRead() {
        String text = "word ".repeat(StoryTerms.LEDE_CHARS / 5) + "faraway";

        assertThat(StoryTerms.of("", text, List.of())).doesNotContainKey("faraway");
    }
}
