package io.attache.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** Ingest's meters: fetches by outcome, fetch duration, articles published. */
final class IngestMetrics {
    private final Map<FetchOutcome, Counter> fetches = new EnumMap<>(FetchOutcome.class);
    private final Counter published;
    private final Timer duration;

    IngestMetrics(MeterRegistry registry) {
        for (FetchOutcome outcome : FetchOutcome.values()) {
            fetches.put(
                    outcome,
                    Counter.builder("attache.ingest.fetches")
                            .description("Feed fetches by outcome class")
                            .tag("outcome", outcome.label())
                            .register(registry));
        }
        published = Counter.builder("attache.ingest.articles.published")
                .description("Articles published to Kafka and acknowledged")
                .register(registry);
        duration = Timer.builder("attache.ingest.poll.duration")
                .description("Time to poll one feed: fetch, parse, publish")
                .register(registry);
    }

    void record(FeedPollResult result, Duration took) {
        fetches.get(result.outcome()).increment();
        published.increment(result.published());
        duration.record(took);
    }
}
