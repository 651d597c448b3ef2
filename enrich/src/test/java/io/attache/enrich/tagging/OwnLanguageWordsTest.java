package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.ThemeTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Theme words that languages sharing a script read in different senses (Japanese and Chinese, Serbian and Russian). */
class OwnLanguageWordsTest {
    @TempDir
    Path dir;

    private ArticleTagger taggerWith(String language, String phrase) throws IOException {
        Path taxonomy = Files.writeString(
                dir.resolve("words-" + language + ".yaml"),
                "language: " + language + "\nthemes:\n  - id: research\n    phrases: [" + phrase + "]\n");
        return ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of(taxonomy)));
    }

    @Test
    void aJapaneseHanWordIsNotLookedForInChineseText() throws IOException {
        ArticleTagger tagger = taggerWith("ja", "研究所");
        assertThat(tagger.tag("", "他毕业于科学教育研究所。", "zh").themes())
                .extracting(ThemeTag::id)
                .doesNotContain("research");
        assertThat(tagger.tag("", "彼は研究所で働いている。", "ja").themes())
                .extracting(ThemeTag::id)
                .contains("research");
    }

    @Test
    void aChineseHanWordIsLookedForInJapaneseTextToo() throws IOException {
        ArticleTagger tagger = taggerWith("zh", "研究所");
        assertThat(tagger.tag("", "彼は研究所で働いている。", "ja").themes())
                .extracting(ThemeTag::id)
                .contains("research");
    }

    @Test
    void aSerbianCyrillicWordIsNotLookedForInRussianText() throws IOException {
        ArticleTagger tagger = taggerWith("sr", "пожар");
        assertThat(tagger.tag("", "В квартире начался пожар.", "ru").themes())
                .extracting(ThemeTag::id)
                .doesNotContain("research");
        assertThat(tagger.tag("", "Пожар је угашен.", "sr").themes())
                .extracting(ThemeTag::id)
                .contains("research");
    }
}
