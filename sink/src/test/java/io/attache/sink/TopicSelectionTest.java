package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.Topics;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopicSelectionTest {
    @Test
    void defaultsAreTheEnrichedTopicAndEveryThemeTopic() {
        Pattern pattern = TopicSelection.defaults(new Topics("gov")).pattern();
        assertThat(pattern.matcher("gov.enriched").matches()).isTrue();
        assertThat(pattern.matcher("gov.theme.agriculture").matches()).isTrue();
        assertThat(pattern.matcher("gov.articles").matches()).isFalse();
        assertThat(pattern.matcher("news.enriched").matches()).isFalse();
    }

    @Test
    void namesMatchLiterally() {
        Pattern pattern = TopicSelection.of("a.b").pattern();
        assertThat(pattern.matcher("a.b").matches()).isTrue();
        assertThat(pattern.matcher("axb").matches()).isFalse();
    }

    @Test
    void namesAndRegexCombine() {
        Pattern pattern = new TopicSelection(List.of("x"), "y\\d+").pattern();
        assertThat(pattern.matcher("x").matches()).isTrue();
        assertThat(pattern.matcher("y12").matches()).isTrue();
        assertThat(pattern.matcher("y").matches()).isFalse();
    }

    @Test
    void nothingSelectedIsRefused() {
        assertThatThrownBy(() -> new TopicSelection(List.of(), "")).hasMessageContaining("no topics");
    }

    @Test
    void invalidRegexIsRefusedWithItsText() {
        assertThatThrownBy(() -> new TopicSelection(List.of(), "news.(")).hasMessageContaining("'news.('");
    }
}
