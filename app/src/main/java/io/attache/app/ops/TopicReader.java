package io.attache.app.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every partition of some topics without a consumer group, so any number of readers (pages, terminals)
 * see everything and take nothing from the pipeline's groups. Each topic is read from a time (by
 * {@code offsetsForTimes}) or from its beginning; only committed records are read. Not thread-safe, like the
 * consumer it wraps; {@link #wakeup()} may be called from any thread.
 */
public final class TopicReader implements AutoCloseable {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Optional<Instant>> startOf;
    private final Set<TopicPartition> assigned = new HashSet<>();

    /**
     * @param topics each topic to read, with the time to read it from, or empty to read it from its beginning
     */
    public TopicReader(String bootstrapServers, Map<String, Optional<Instant>> topics) {
        this.startOf = Map.copyOf(topics);
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    /** Starts reading the partitions of the topics that exist now and are not read yet; true if there were any. */
    public boolean assignNew() {
        Map<TopicPartition, Optional<Instant>> added = new HashMap<>();
        for (Map.Entry<String, List<PartitionInfo>> topic :
                consumer.listTopics(METADATA_TIMEOUT).entrySet()) {
            Optional<Instant> from = startOf.get(topic.getKey());
            if (from == null) {
                continue;
            }
            topic.getValue().stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .filter(partition -> !assigned.contains(partition))
                    .forEach(partition -> added.put(partition, from));
        }
        if (added.isEmpty()) {
            return false;
        }
        assigned.addAll(added.keySet());
        consumer.assign(assigned);
        Map<TopicPartition, Long> byTime = new HashMap<>();
        added.forEach((partition, from) -> {
            if (from.isPresent()) {
                byTime.put(partition, from.get().toEpochMilli());
            } else {
                consumer.seekToBeginning(List.of(partition));
            }
        });
        if (!byTime.isEmpty()) {
            Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(byTime, METADATA_TIMEOUT);
            offsets.forEach((partition, offset) -> {
                if (offset == null) {
                    consumer.seekToEnd(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            });
        }
        return true;
    }

    /**
     * The next records of the partitions read, waiting at most {@code timeout}; none after waiting the timeout
     * while no partition is read yet.
     */
    public ConsumerRecords<String, byte[]> poll(Duration timeout) throws InterruptedException {
        if (assigned.isEmpty()) {
            Thread.sleep(timeout.toMillis());
            return ConsumerRecords.empty();
        }
        return consumer.poll(timeout);
    }

    /** The end (last committed) offset of every partition read now. */
    public Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(assigned, METADATA_TIMEOUT);
    }

    /** True when every partition read has been read up to {@code ends}. */
    public boolean reached(Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream()
                .allMatch(end -> !assigned.contains(end.getKey())
                        || consumer.position(end.getKey(), METADATA_TIMEOUT) >= end.getValue());
    }

    /** Makes a blocked {@link #poll} return by throwing {@link org.apache.kafka.common.errors.WakeupException}. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
