package io.attache.sink;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** Kafka records for unit tests, without a broker. */
final class TestRecords {
    static final Instant TIMESTAMP = Instant.parse("2024-03-01T12:00:00Z");

    private TestRecords() {}

    static ConsumerRecord<byte[], byte[]> record(String topic, int partition, long offset, String key, String value) {
        return record(topic, partition, offset, TIMESTAMP, key, value);
    }

    static ConsumerRecord<byte[], byte[]> record(
            String topic, int partition, long offset, Instant timestamp, String key, String value) {
        return new ConsumerRecord<>(
                topic,
                partition,
                offset,
                timestamp.toEpochMilli(),
                TimestampType.CREATE_TIME,
                key == null ? -1 : key.length(),
                value == null ? -1 : value.length(),
                bytes(key),
                bytes(value),
                new RecordHeaders(),
                Optional.empty());
    }

    /** A minimal article-shaped value. */
    static String article(String id, String published, String theme) {
        return "{\"id\":\"" + id + "\",\"published\":\"" + published + "\",\"themes\":[{\"id\":\"" + theme
                + "\",\"score\":0.9}]}";
    }

    private static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }
}
