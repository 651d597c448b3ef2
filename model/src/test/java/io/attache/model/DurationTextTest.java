package io.attache.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {
    @Test
    void shortFormsUseTheirUnit() {
        assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(DurationText.parse("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(DurationText.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationText.parse("1d")).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void bareZeroMeansNone() {
        assertThat(DurationText.parse("0")).isZero();
    }

    @Test
    void isoFormIsAccepted() {
        assertThat(DurationText.parse("PT1H30M")).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void formatWritesTheLargestWholeUnit() {
        assertThat(DurationText.format(Duration.ofDays(2))).isEqualTo("2d");
        assertThat(DurationText.format(Duration.ofHours(36))).isEqualTo("36h");
        assertThat(DurationText.format(Duration.ofMinutes(90))).isEqualTo("90m");
        assertThat(DurationText.format(Duration.ofSeconds(45))).isEqualTo("45s");
        assertThat(DurationText.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0");
    }

    @Test
    void formatIsReadBackByParse() {
        Duration duration = Duration.ofHours(36);

        assertThat(DurationText.parse(DurationText.format(duration))).isEqualTo(duration);
    }

    @Test
    void otherTextIsRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> DurationText.parse("soon"))
                .hasMessageContaining("'soon'")
                .hasMessageContaining("30s");
    }
}
