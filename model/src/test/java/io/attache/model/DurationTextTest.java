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
    void otherTextIsRefusedWithTheAcceptedForms() {
        assertThatThrownBy(() -> DurationText.parse("soon"))
                .hasMessageContaining("'soon'")
                .hasMessageContaining("30s");
    }
}
