package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testkit.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageHostBackoffTest {
    private static final Instant START = Instant.parse("2024-01-10T09:00:00Z");
    private static final Duration INTERVAL = Duration.ofMinutes(1);
    private static final URI PAGE = URI.create("http://127.0.0.1/news/1.html");

    private final ManualClock clock = new ManualClock(START);
    /** Backoff at the low end of its jitter: half the doubled interval (30 s, 60 s, 120 s, ...). */
    private final PageHostBackoff backoff = new PageHostBackoff(new Backoff(Duration.ofHours(6), () -> 0L), clock);

    private static FetchResponse failed(FetchOutcome outcome, Duration retryAfter) {
        return FetchResponse.failed(outcome, PAGE, retryAfter, outcome.label());
    }

    @Test
    void hostFailureMakesTheHostWaitFromTheFeedsInterval() {
        backoff.record("127.0.0.1", failed(FetchOutcome.TIMEOUT, Duration.ZERO), INTERVAL);

        assertThat(backoff.waitingUntil("127.0.0.1")).contains(START.plusSeconds(30));
        assertThat(backoff.waitingUntil("example.org")).isEmpty();
    }

    @Test
    void retryAfterLongerThanTheBackoffIsHonoured() {
        backoff.record("127.0.0.1", failed(FetchOutcome.RATE_LIMITED, Duration.ofHours(2)), INTERVAL);

        assertThat(backoff.waitingUntil("127.0.0.1")).contains(START.plus(Duration.ofHours(2)));
    }

    @Test
    void waitEndsWhenItsTimeHasPassed() {
        backoff.record("127.0.0.1", failed(FetchOutcome.CONNECTION_FAILED, Duration.ZERO), INTERVAL);

        clock.advance(Duration.ofSeconds(30));

        assertThat(backoff.waitingUntil("127.0.0.1")).isEmpty();
    }

    @Test
    void pageSpecificFailureEndsTheHostsBackoffAndItsCount() {
        backoff.record("127.0.0.1", failed(FetchOutcome.HTTP_5XX, Duration.ZERO), INTERVAL);
        clock.advance(Duration.ofSeconds(30));
        backoff.record("127.0.0.1", failed(FetchOutcome.HTTP_4XX, Duration.ZERO), INTERVAL);

        assertThat(backoff.waitingUntil("127.0.0.1")).isEmpty();
        backoff.record("127.0.0.1", failed(FetchOutcome.HTTP_5XX, Duration.ZERO), INTERVAL);
        assertThat(backoff.waitingUntil("127.0.0.1")).contains(START.plusSeconds(60));
    }
}
