package io.attache.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnspacedWordCheckTest {
    @Test
    void aMatchInsideAnotherWordIsRefused() {
        String text = "集中加强合作";
        assertThat(new UnspacedWordCheck(text).accepts(text.indexOf("中加"), text.indexOf("中加") + 2))
                .isFalse();
    }

    @Test
    void aMatchThatBeginsOneLongerWordIsAccepted() {
        String text = "中美关系稳定";
        assertThat(new UnspacedWordCheck(text).accepts(0, 2)).isTrue();
    }

    @Test
    void aMatchSpanningIntoTheNextWordIsRefused() {
        String text = "中美洲国家";
        assertThat(new UnspacedWordCheck(text).accepts(0, 2)).isFalse();
    }

    @Test
    void latinTextIsNotSegmented() {
        assertThat(new UnspacedWordCheck("Laos").accepts(0, 4)).isTrue();
    }
}
