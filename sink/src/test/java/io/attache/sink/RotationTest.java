package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RotationTest {
    @Test
    void fileIsFullAtTheRecordLimit() {
        Rotation rotation = new Rotation(3, Long.MAX_VALUE, Duration.ZERO);
        assertThat(rotation.isFull(2, 100)).isFalse();
        assertThat(rotation.isFull(3, 100)).isTrue();
    }

    @Test
    void fileIsFullAtTheByteLimit() {
        Rotation rotation = new Rotation(Long.MAX_VALUE, 1000, Duration.ZERO);
        assertThat(rotation.isFull(1, 999)).isFalse();
        assertThat(rotation.isFull(1, 1000)).isTrue();
    }

    @Test
    void hourlyIntervalsChangeOnTheHour() {
        Rotation hourly = new Rotation(10, 10, Duration.ofHours(1));
        long a = hourly.intervalOf(Instant.parse("2024-01-10T08:00:00Z"), ZoneOffset.UTC);
        long b = hourly.intervalOf(Instant.parse("2024-01-10T08:59:59Z"), ZoneOffset.UTC);
        long c = hourly.intervalOf(Instant.parse("2024-01-10T09:00:00Z"), ZoneOffset.UTC);
        assertThat(a).isEqualTo(b);
        assertThat(c).isEqualTo(a + 1);
    }

    @Test
    void dailyIntervalsAreAlignedToMidnightInTheZone() {
        Rotation daily = new Rotation(10, 10, Duration.ofDays(1));
        ZoneId phnomPenh = ZoneId.of("Asia/Phnom_Penh"); // UTC+7
        long before = daily.intervalOf(Instant.parse("2024-01-10T16:59:59Z"), phnomPenh);
        long after = daily.intervalOf(Instant.parse("2024-01-10T17:00:00Z"), phnomPenh);
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void withoutTimeRuleEveryRecordIsInTheSameInterval() {
        Rotation rotation = Rotation.defaults();
        assertThat(rotation.intervalOf(Instant.EPOCH, ZoneOffset.UTC))
                .isEqualTo(rotation.intervalOf(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void refusesSubSecondIntervalsAndEmptyFiles() {
        assertThatThrownBy(() -> new Rotation(10, 10, Duration.ofMillis(10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rotation(0, 10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
