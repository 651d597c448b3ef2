package io.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicsTest {
    @Test
    void defaultNamesUseTheNewsPrefix() {
        Topics topics = Topics.defaults();

        assertThat(topics.articles()).isEqualTo("news.articles");
        assertThat(topics.feedState()).isEqualTo("news.feed-state");
        assertThat(topics.stories()).isEqualTo("news.stories");
        assertThat(topics.enriched()).isEqualTo("news.enriched");
        assertThat(topics.duplicates()).isEqualTo("news.duplicates");
        assertThat(topics.deadLetters()).isEqualTo("news.dlq");
        assertThat(topics.theme("agriculture")).isEqualTo("news.theme.agriculture");
    }

    @Test
    void prefixIsConfigurable() {
        assertThat(new Topics("staging").enriched()).isEqualTo("staging.enriched");
    }

    @Test
    void dyadTopicIsTheSameWhicheverOrderCountriesAreGiven() {
        Topics topics = Topics.defaults();

        assertThat(topics.dyad("KHM", "CHN")).isEqualTo("news.dyad.CHN-KHM");
        assertThat(topics.dyad("chn", "khm")).isEqualTo("news.dyad.CHN-KHM");
    }

    @Test
    void themePatternMatchesThemeTopicsOnly() {
        Topics topics = Topics.defaults();

        assertThat(topics.themePattern().matcher("news.theme.health").matches()).isTrue();
        assertThat(topics.themePattern().matcher("news.enriched").matches()).isFalse();
    }

    @Test
    void invalidNamesAreRefusedWithTheValue() {
        assertThatThrownBy(() -> new Topics("bad prefix")).hasMessageContaining("'bad prefix'");
        assertThatThrownBy(() -> Topics.defaults().theme("Trade!")).hasMessageContaining("'Trade!'");
        assertThatThrownBy(() -> Topics.defaults().dyad("CHN", "CHN")).hasMessageContaining("CHN-CHN");
    }
}
