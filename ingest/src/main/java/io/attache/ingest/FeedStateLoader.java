package io.attache.ingest;

import io.attache.model.FeedState;
import io.attache.model.RecordSerdes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the compacted feed-state topic from its beginning to its end: the last state of every feed. */
final class FeedStateLoader {
    private static final Logger LOG = LoggerFactory.getLogger(FeedStateLoader.class);

    private FeedStateLoader() {}

    static Map<String, FeedState> load(String bootstrapServers, String topic, Duration timeout) {
        Map<String, FeedState> states = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "attache-ingest-state",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, timeout)
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    read(states, record);
                }
            }
        }
        return states;
    }

    /** Applies one record of the topic to {@code states}: a state replaces the feed's, a tombstone removes it. */
    static void read(Map<String, FeedState> states, ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            states.remove(record.key());
            return;
        }
        try {
            FeedState state = RecordSerdes.feedState().fromBytes(record.topic(), record.value());
            states.put(state.feedId(), state);
        } catch (SerializationException e) {
            // One unreadable state only costs that feed its validators: it is fetched afresh.
            LOG.warn(
                    "Ignoring unreadable feed state at {}-{}@{}: {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    e.getMessage());
        }
    }
}
