package io.attache.enrich.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tagger's quality on the labelled set stays at or above the floor the project promises. */
class TaggingQualityTest {
    private static final double FLOOR = 0.9;
    private static final TaggingQuality QUALITY = TaggingQuality.measure();

    @Test
    void labelledSetIsLargeAndVariedEnough() {
        assertThat(QUALITY.articles).hasSizeGreaterThanOrEqualTo(40);
        assertThat(QUALITY.countryPairs()).isGreaterThanOrEqualTo(12);
        assertThat(QUALITY.articles).anyMatch(a -> a.dyads().isEmpty() && a.themes().contains("regional_multilateral"));
        assertThat(QUALITY.articles).anyMatch(a -> a.dyads().isEmpty() && !a.themes().contains("regional_multilateral"));
    }

    @Test
    void topDyadIsRightForNineInTenArticles() {
        assertThat(QUALITY.dyadTopAccuracy()).as(String.join("\n", QUALITY.misses)).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void themePrecisionIsAtLeastTheFloor() {
        assertThat(QUALITY.themePrecision()).as(String.join("\n", QUALITY.misses)).isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void themeRecallIsAtLeastTheFloor() {
        assertThat(QUALITY.themeRecall()).as(String.join("\n", QUALITY.misses)).isGreaterThanOrEqualTo(FLOOR);
    }
}
