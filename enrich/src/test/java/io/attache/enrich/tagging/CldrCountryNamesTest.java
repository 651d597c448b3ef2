package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CldrCountryNamesTest {
    @Test
    void anArabicNameThatIsAlsoAnEverydayWordIsLeftOutWhileTheCountrysOtherNamesStay() {
        List<String> names = CldrCountryNames.phrases(Set.of("MLI"), List.of()).stream()
                .map(PhraseSource::phrase)
                .toList();

        assertThat(names).contains("Mali").doesNotContain("مالي", "مالى");
    }

    @Test
    void aUkrainianNameWhoseStemIsAnEverydayWordIsLeftOut() {
        List<String> names = CldrCountryNames.phrases(Set.of("LBY"), List.of()).stream()
                .map(PhraseSource::phrase)
                .toList();

        assertThat(names).contains("Ливия").doesNotContain("Лівія");
    }
}
