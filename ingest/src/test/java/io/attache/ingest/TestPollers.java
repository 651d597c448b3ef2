package io.attache.ingest;

import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;

/** Pollers and page fetchers for tests: real fetchers with a short timeout, honouring robots.txt. */
final class TestPollers {
    static final FetchLimits LIMITS = FetchLimits.defaults().withTotalTimeout(Duration.ofSeconds(2));

    private TestPollers() {}

    /** Fetches pages as ingest does: robots.txt first, with {@link #LIMITS}. */
    static PageFetcher pages(Clock clock) {
        FeedFetcher fetcher = new FeedFetcher(LIMITS, clock);
        return new PageFetcher(fetcher, new RobotsTxt(fetcher, LIMITS.userAgent(), clock));
    }

    /** A poller publishing to {@code target}, fetching entry pages on {@code pageThreads}. */
    static FeedPoller poller(Clock clock, PublishTarget target, ExecutorService pageThreads) {
        PageFetcher pages = pages(clock);
        Backoff backoff = new Backoff(Duration.ofHours(6), new Random(1));
        return new FeedPoller(
                new FeedFetcher(LIMITS, clock),
                pages,
                new PageText(pages, new HostThrottle(2, 2, pageThreads), new PageHostBackoff(backoff, clock)),
                target,
                backoff,
                Duration.ofHours(6),
                clock);
    }
}
