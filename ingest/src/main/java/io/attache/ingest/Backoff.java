package io.attache.ingest;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a failing feed waits before its next try: its interval doubled per consecutive failure, with
 * "equal jitter" (between half and all of that) so feeds that failed together do not retry together, and
 * never more than the cap. A feed is never given up on.
 */
final class Backoff {
    private static final int MAX_DOUBLINGS = 30;

    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration cap, RandomGenerator random) {
        this.cap = cap;
        this.random = random;
    }

    /** The wait after the {@code failures}-th consecutive failure (1 or more) of a feed polled every {@code interval}. */
    Duration after(int failures, Duration interval) {
        int doublings = Math.min(Math.max(failures, 1) - 1, MAX_DOUBLINGS);
        long baseMillis = interval.toMillis();
        long exponential = baseMillis > (Long.MAX_VALUE >> doublings) ? Long.MAX_VALUE : baseMillis << doublings;
        long ceiling = Math.min(exponential, cap.toMillis());
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half)));
    }
}
