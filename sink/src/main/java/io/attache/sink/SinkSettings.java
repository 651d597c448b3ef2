package io.attache.sink;

import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Everything the sink needs, constructible without the CLI: start from {@link #defaults(String, Topics)}
 * and change what differs with the {@code with...} methods.
 *
 * @param bootstrapServers Kafka brokers, {@code host:port[,...]}
 * @param topics           which topics to read
 * @param outDir           the root folder; files go to {@code <outDir>/<topic>/<folders>/}
 * @param groupId          consumer group; instances with the same id share the partitions
 * @param rotation         when files are closed
 * @param partitioners     folder levels under {@code <topic>/}, outermost first; never empty
 * @param recordTime       where record time comes from, for time folders and time rotation
 * @param zone             time zone of time folders and time rotation
 * @param gzip             write {@code .jsonl.gz} instead of {@code .jsonl}
 * @param kafkaMetadata    add {@code "_kafka": {topic, partition, offset, timestamp, key}} to every line
 * @param idleClose        close the open file of a partition that received nothing for this long (wall
 *                         clock); {@link Duration#ZERO} keeps files open until a rotation rule fires
 * @param retryBackoff     first wait after an I/O error before the partition is retried; doubles up to
 *                         five seconds
 */
public record SinkSettings(
        String bootstrapServers,
        TopicSelection topics,
        Path outDir,
        String groupId,
        Rotation rotation,
        List<Partitioner> partitioners,
        RecordTime recordTime,
        ZoneId zone,
        boolean gzip,
        boolean kafkaMetadata,
        Duration idleClose,
        Duration retryBackoff) {

    /** Group id used when none is given. */
    public static final String DEFAULT_GROUP_ID = "attache-sink";

    public SinkSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers must be given");
        }
        if (topics == null || outDir == null || rotation == null || recordTime == null || zone == null) {
            throw new IllegalArgumentException("topics, out dir, rotation, record time and zone must be given");
        }
        if (groupId == null || groupId.isBlank()) {
            throw new IllegalArgumentException("group id must not be blank");
        }
        partitioners = List.copyOf(partitioners);
        if (partitioners.isEmpty()) {
            throw new IllegalArgumentException("at least one partitioner is needed (the default is partition=<p>)");
        }
        if (idleClose == null || idleClose.isNegative()) {
            throw new IllegalArgumentException("idle close interval must be zero (off) or positive, was " + idleClose);
        }
        if (retryBackoff == null || retryBackoff.isNegative() || retryBackoff.isZero()) {
            throw new IllegalArgumentException("retry backoff must be positive, was " + retryBackoff);
        }
    }

    /**
     * Reads {@code news.enriched} and {@code news.theme.*} (under the topics' prefix) into {@code ./out},
     * group {@value #DEFAULT_GROUP_ID}, folders {@code partition=<p>}, {@link Rotation#defaults()}, time from
     * {@code published} in UTC, plain JSON Lines without metadata, idle files closed after one minute.
     */
    public static SinkSettings defaults(String bootstrapServers, Topics topics) {
        return new SinkSettings(
                bootstrapServers,
                TopicSelection.defaults(topics),
                Path.of("out"),
                DEFAULT_GROUP_ID,
                Rotation.defaults(),
                List.of(new Partitioner.KafkaPartition()),
                RecordTime.published(),
                ZoneOffset.UTC,
                false,
                false,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1));
    }

    public SinkSettings withTopics(TopicSelection value) {
        return new SinkSettings(
                bootstrapServers,
                value,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withOutDir(Path value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                value,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withGroupId(String value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                value,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withRotation(Rotation value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                value,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withPartitioners(List<Partitioner> value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                value,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withRecordTime(RecordTime value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                value,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withZone(ZoneId value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                value,
                gzip,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withGzip(boolean value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                value,
                kafkaMetadata,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withKafkaMetadata(boolean value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                value,
                idleClose,
                retryBackoff);
    }

    public SinkSettings withIdleClose(Duration value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                value,
                retryBackoff);
    }

    public SinkSettings withRetryBackoff(Duration value) {
        return new SinkSettings(
                bootstrapServers,
                topics,
                outDir,
                groupId,
                rotation,
                partitioners,
                recordTime,
                zone,
                gzip,
                kafkaMetadata,
                idleClose,
                value);
    }

    /** Whether record values must be parsed into a tree (for folders or time rotation). */
    boolean readsValues() {
        return (rotation.byTime() && recordTime.readsValue())
                || partitioners.stream().anyMatch(p -> p.readsValue(recordTime));
    }
}
