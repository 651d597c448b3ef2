package io.attache.sink;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Where a record's time comes from, for time-based folders and rotation: an ISO-8601 field of the value
 * (e.g. {@code published}) or the Kafka record timestamp. Both are part of the record, so a replay
 * computes the same times and rewrites the same files.
 *
 * @param field top-level field holding an ISO-8601 instant; empty to use the Kafka record timestamp
 */
public record RecordTime(String field) {
    public RecordTime {
        field = field == null ? "" : field;
    }

    /** The Kafka record timestamp. */
    public static RecordTime timestamp() {
        return new RecordTime("");
    }

    /** The {@code published} field of an article, falling back to the record timestamp. */
    public static RecordTime published() {
        return new RecordTime("published");
    }

    /** Whether the value must be parsed to find the time. */
    boolean readsValue() {
        return !field.isEmpty();
    }

    /** The record's time; a missing or unreadable field falls back to the record timestamp. */
    Instant of(ConsumerRecord<byte[], byte[]> record, JsonNode value) {
        if (readsValue()) {
            JsonNode node = value.path(field);
            if (node.isTextual()) {
                try {
                    return Instant.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    return Instant.ofEpochMilli(record.timestamp());
                }
            }
        }
        return Instant.ofEpochMilli(record.timestamp());
    }
}
