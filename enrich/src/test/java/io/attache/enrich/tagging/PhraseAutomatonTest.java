package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {
    private static List<String> matches(List<String> phrases, String text) {
        PhraseAutomaton automaton = PhraseAutomaton.build(phrases.stream().map(CharFolding::foldPhrase).toList());
        List<String> found = new ArrayList<>();
        automaton.scan(text, (phrase, start, end) -> found.add(phrases.get(phrase) + "@" + start + ":" + text.substring(start, end)));
        return found;
    }

    @Test
    void findsAPhraseWithItsOffsets() {
        assertThat(matches(List.of("Phnom Penh"), "Talks in Phnom Penh today")).containsExactly("Phnom Penh@9:Phnom Penh");
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(matches(List.of("Cote d'Ivoire"), "CÔTE D’IVOIRE signed")).containsExactly("Cote d'Ivoire@0:CÔTE D’IVOIRE");
    }

    @Test
    void matchesOnlyWholeWords() {
        assertThat(matches(List.of("Niger"), "Nigeria and Nigerien troops")).isEmpty();
        assertThat(matches(List.of("Niger"), "Niger, Mali")).containsExactly("Niger@0:Niger");
    }

    @Test
    void treatsRunsOfSpacesAndPunctuationAsOneSeparator() {
        assertThat(matches(List.of("Fish and Rice Corridor"), "the Fish  and\nRice-Corridor."))
                .containsExactly("Fish and Rice Corridor@4:Fish  and\nRice-Corridor");
    }

    @Test
    void reportsOverlappingAndNestedPhrases() {
        assertThat(matches(List.of("South China Sea", "China"), "in the South China Sea"))
                .containsExactlyInAnyOrder("China@13:China", "South China Sea@7:South China Sea");
    }

    @Test
    void findsPhrasesAtTheVeryStartAndEnd() {
        assertThat(matches(List.of("Laos"), "Laos")).containsExactly("Laos@0:Laos");
    }

    @Test
    void rejectsDuplicatePhrases() {
        assertThatThrownBy(() -> PhraseAutomaton.build(List.of("laos", "laos"))).hasMessageContaining("duplicates");
    }
}
