package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofHours(6), new Random(42));
    private final Duration interval = Duration.ofMinutes(5);

    @Test
    void doublesWithEachFailureWithinJitterBounds() {
        for (int failures = 1; failures <= 5; failures++) {
            Duration ceiling = interval.multipliedBy(1L << (failures - 1));
            assertThat(backoff.after(failures, interval)).isBetween(ceiling.dividedBy(2), ceiling);
        }
    }

    @Test
    void neverExceedsTheCapHoweverManyFailures() {
        assertThat(backoff.after(10_000, interval)).isBetween(Duration.ofHours(3), Duration.ofHours(6));
    }

    @Test
    void jitterSpreadsFeedsThatFailedTogether() {
        assertThat(backoff.after(3, interval)).isNotEqualTo(backoff.after(3, interval));
    }
}
