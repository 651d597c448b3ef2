package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.ThemeTag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Theme words that languages sharing a script read in different senses (Japanese and Chinese, Serbian and Russian). */
class OwnLanguageWordsTest {
    @TempDir
    Path dir;

    /** The themes a taxonomy of one word, in a file of {@code fileLanguage}, gives a text of {@code language}. */
    private List<String> themes(String fileLanguage, String word, String text, String language) throws IOException {
        Path taxonomy = Files.writeString(
                dir.resolve("words-" + fileLanguage + ".yaml"),
                "language: " + fileLanguage + "\nthemes:\n  - id: research\n    phrases: [" + word + "]\n");
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of(taxonomy)));
        return tagger.tag("", text, language).themes().stream()
                .map(ThemeTag::id)
                .toList();
    }

    @ParameterizedTest(name = "a {0} word is not looked for in {3} text")
    @CsvSource({"ja, 研究所, 他毕业于科学教育研究所。, zh", "sr, пожар, В квартире начался пожар., ru"})
    void aJapaneseOrSerbianWordIsNotLookedForInAnotherLanguage(
            String fileLanguage, String word, String text, String language) throws IOException {
        assertThat(themes(fileLanguage, word, text, language)).doesNotContain("research");
    }

    @ParameterizedTest(name = "a {0} word is looked for in {3} text")
    @CsvSource({"ja, 研究所, 彼は研究所で働いている。, ja", "sr, пожар, Пожар је угашен., sr", "zh, 研究所, 彼は研究所で働いている。, ja"})
    void aWordIsLookedForInItsOwnLanguageAndAChineseOneInJapaneseToo(
            String fileLanguage, String word, String text, String language) throws IOException {
        assertThat(themes(fileLanguage, word, text, language)).contains("research");
    }
}
