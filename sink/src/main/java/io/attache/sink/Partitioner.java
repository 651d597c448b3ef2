package io.attache.sink;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One level of folders under {@code <root>/<topic>/}, like the partitioners of Confluent's storage
 * connectors. Several may be stacked ({@code theme=agriculture/dt=2024-01-10/}). The file name inside
 * always keeps topic, partition and offsets, whatever the folders.
 */
public sealed interface Partitioner {
    /** The folder name for a record; {@code value} is the parsed value when {@link #readsValue()}. */
    String folder(ConsumerRecord<byte[], byte[]> record, JsonNode value, RecordTime time, ZoneId zone);

    /** Whether the record value must be parsed to name the folder. */
    boolean readsValue(RecordTime time);

    /** {@code partition=<p>}: the Kafka partition, the default. */
    record KafkaPartition() implements Partitioner {
        @Override
        public String folder(ConsumerRecord<byte[], byte[]> record, JsonNode value, RecordTime time, ZoneId zone) {
            return "partition=" + record.partition();
        }

        @Override
        public boolean readsValue(RecordTime time) {
            return false;
        }
    }

    /**
     * {@code <label>=<value>} from a field of the value. The path is dot-separated; where it meets an
     * array it takes the first element (Attaché's lists are best first), so {@code themes.id} names the
     * best theme. A missing field gives {@code <label>=_none}; characters unsafe in a folder name become
     * {@code _}.
     *
     * @param path  dot-separated field path, e.g. {@code themes.id}
     * @param label the folder name's left side, e.g. {@code theme}
     */
    record Field(String path, String label) implements Partitioner {
        private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
        static final String NONE = "_none";

        public Field {
            if (path == null || path.isBlank() || path.startsWith(".") || path.endsWith(".")) {
                throw new IllegalArgumentException(
                        "field path '" + path + "' is not valid: use names separated by '.'");
            }
            if (label == null || !label.matches("[A-Za-z0-9_-]+")) {
                throw new IllegalArgumentException(
                        "folder label '" + label + "' is not valid: use letters, digits, '_' or '-'");
            }
        }

        /** {@code theme=<best theme id>}. */
        public static Field theme() {
            return new Field("themes.id", "theme");
        }

        @Override
        public String folder(ConsumerRecord<byte[], byte[]> record, JsonNode value, RecordTime time, ZoneId zone) {
            JsonNode node = value;
            for (String name : path.split("\\.")) {
                node = firstIfArray(node).path(name);
            }
            node = firstIfArray(node);
            String text = node.isValueNode() && !node.isNull() ? node.asText() : "";
            String safe = UNSAFE.matcher(text).replaceAll("_");
            return label + "=" + (safe.isEmpty() || safe.equals(".") || safe.equals("..") ? NONE : safe);
        }

        @Override
        public boolean readsValue(RecordTime time) {
            return true;
        }

        private static JsonNode firstIfArray(JsonNode node) {
            return node.isArray() ? node.path(0) : node;
        }
    }

    /**
     * A folder named from the record's time in the configured zone, by a {@link DateTimeFormatter}
     * pattern; the default {@code 'dt='yyyy-MM-dd} gives {@code dt=2024-01-10}.
     *
     * @param pattern a {@link DateTimeFormatter} pattern; may contain {@code /} for nested folders
     */
    record Time(String pattern) implements Partitioner {
        public static final String DAILY = "'dt='yyyy-MM-dd";
        private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

        public Time {
            try {
                DateTimeFormatter.ofPattern(pattern);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(
                        "time folder pattern '" + pattern + "' is not valid: " + e.getMessage(), e);
            }
        }

        /** {@code dt=YYYY-MM-DD}. */
        public static Time daily() {
            return new Time(DAILY);
        }

        @Override
        public String folder(ConsumerRecord<byte[], byte[]> record, JsonNode value, RecordTime time, ZoneId zone) {
            Instant instant = time.of(record, value);
            return FORMATTERS
                    .computeIfAbsent(pattern, DateTimeFormatter::ofPattern)
                    .withZone(zone)
                    .format(instant);
        }

        @Override
        public boolean readsValue(RecordTime time) {
            return time.readsValue();
        }
    }
}
