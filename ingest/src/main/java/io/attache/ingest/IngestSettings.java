package io.attache.ingest;

import io.attache.model.Topics;
import java.util.List;
import java.util.Objects;

/**
 * Everything ingest needs to run, constructible without the command line.
 *
 * @param feeds            the feeds to watch (ids unique)
 * @param bootstrapServers Kafka brokers, e.g. {@code 127.0.0.1:9092}
 * @param topics           topic names ({@code news.articles}, {@code news.feed-state})
 * @param limits           fetch timeouts, size cap, redirects, concurrency and backoff cap
 * @param partitions       partitions of the topics when ingest creates them
 * @param replication      replication factor of the topics when ingest creates them
 */
public record IngestSettings(
        List<FeedConfig> feeds,
        String bootstrapServers,
        Topics topics,
        FetchLimits limits,
        int partitions,
        short replication) {

    /** Partitions of {@code news.articles} and {@code news.feed-state} when created by ingest. */
    public static final int DEFAULT_PARTITIONS = 3;

    public IngestSettings {
        feeds = List.copyOf(FeedsFile.combine(feeds, List.of()));
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(limits, "limits");
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("partitions and replication must be at least 1");
        }
    }

    /** Settings with default limits, 3 partitions and replication 1. */
    public static IngestSettings of(List<FeedConfig> feeds, String bootstrapServers, Topics topics) {
        return new IngestSettings(
                feeds, bootstrapServers, topics, FetchLimits.defaults(), DEFAULT_PARTITIONS, (short) 1);
    }

    public IngestSettings withLimits(FetchLimits newLimits) {
        return new IngestSettings(feeds, bootstrapServers, topics, newLimits, partitions, replication);
    }
}
