package io.attache.sink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.attache.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns a Kafka record into one JSON Lines line. A value that is JSON is written as it came (line breaks,
 * which JSON only allows as whitespace, become spaces), so the common case costs one validating scan and
 * no re-serialisation. A value that is not JSON becomes a line for {@code _rejected/} holding its offset
 * and its bytes in base64.
 */
final class LineEncoder {
    static final String REJECTED_FOLDER = "_rejected";

    private static final JsonFactory FACTORY = Json.mapper().getFactory();
    private static final byte[] METADATA_FIELD = "\"_kafka\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WRAPPED_VALUE_FIELD = "{\"value\":".getBytes(StandardCharsets.US_ASCII);

    private final List<Partitioner> partitioners;
    private final RecordTime recordTime;
    private final ZoneId zone;
    private final Rotation rotation;
    private final boolean kafkaMetadata;
    private final boolean readsValues;

    LineEncoder(SinkSettings settings) {
        this.partitioners = settings.partitioners();
        this.recordTime = settings.recordTime();
        this.zone = settings.zone();
        this.rotation = settings.rotation();
        this.kafkaMetadata = settings.kafkaMetadata();
        this.readsValues = settings.readsValues();
    }

    /** The line for a record with a non-null value. */
    EncodedLine encode(ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value();
        JsonShape shape;
        JsonNode tree = MissingNode.getInstance();
        try {
            if (readsValues) {
                tree = Json.mapper().readTree(value);
                if (tree == null || tree.isMissingNode()) {
                    return rejected(record, "empty value");
                }
                shape = new JsonShape(tree.isObject(), !containsLineBreak(value));
            } else {
                shape = scan(value);
            }
        } catch (IOException e) {
            return rejected(
                    record,
                    "not JSON: "
                            + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        StringBuilder folder = new StringBuilder();
        for (Partitioner partitioner : partitioners) {
            if (!folder.isEmpty()) {
                folder.append('/');
            }
            folder.append(partitioner.folder(record, tree, recordTime, zone));
        }
        long interval = rotation.byTime() ? rotation.intervalOf(recordTime.of(record, tree), zone) : 0;
        return new EncodedLine(folder.toString(), line(record, value, shape), interval, false);
    }

    /** Validates a value as exactly one JSON document, noting whether it is an object and spans several lines. */
    private static JsonShape scan(byte[] value) throws IOException {
        try (JsonParser parser = FACTORY.createParser(value)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new EmptyValueException(parser);
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new TrailingContentException(parser);
            }
            // Jackson counts lines as it scans, so a second line means a line break somewhere.
            return new JsonShape(
                    first == JsonToken.START_OBJECT, parser.currentLocation().getLineNr() == 1);
        }
    }

    private byte[] line(ConsumerRecord<byte[], byte[]> record, byte[] value, JsonShape shape) {
        int end = value.length;
        while (end > 0 && isWhitespace(value[end - 1])) {
            end--;
        }
        if (!kafkaMetadata && end == value.length && shape.singleLine()) {
            return value; // the common case: the record's bytes, not copied
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(end + (kafkaMetadata ? 160 : 0));
        if (!kafkaMetadata) {
            out.write(value, 0, end);
        } else if (shape.object()) {
            int close = end - 1; // the object's closing brace
            out.write(value, 0, close);
            if (!isEmptyObject(value, close)) {
                out.write(',');
            }
            out.writeBytes(METADATA_FIELD);
            out.writeBytes(metadata(record));
            out.write('}');
        } else {
            out.writeBytes(WRAPPED_VALUE_FIELD);
            out.write(value, 0, end);
            out.write(',');
            out.writeBytes(METADATA_FIELD);
            out.writeBytes(metadata(record));
            out.write('}');
        }
        byte[] line = out.toByteArray();
        for (int i = 0; i < line.length; i++) {
            if (line[i] == '\n' || line[i] == '\r') {
                line[i] = ' ';
            }
        }
        return line;
    }

    private static boolean containsLineBreak(byte[] value) {
        for (byte b : value) {
            if (b == '\n' || b == '\r') {
                return true;
            }
        }
        return false;
    }

    private static byte[] metadata(ConsumerRecord<byte[], byte[]> record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            writeSource(json, record);
            if (record.key() == null) {
                json.writeNullField("key");
            } else {
                json.writeStringField("key", new String(record.key(), StandardCharsets.UTF_8));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write metadata to memory", e);
        }
        return out.toByteArray();
    }

    /** Where the record came from: topic, partition, offset and timestamp, as fields of the open object. */
    private static void writeSource(JsonGenerator json, ConsumerRecord<byte[], byte[]> record) throws IOException {
        json.writeStringField("topic", record.topic());
        json.writeNumberField("partition", record.partition());
        json.writeNumberField("offset", record.offset());
        json.writeNumberField("timestamp", record.timestamp());
    }

    private static EncodedLine rejected(ConsumerRecord<byte[], byte[]> record, String error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(record.value().length * 4 / 3 + 200);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            writeSource(json, record);
            json.writeStringField("error", error);
            json.writeStringField(
                    "keyBase64", record.key() == null ? "" : Base64.getEncoder().encodeToString(record.key()));
            json.writeStringField("valueBase64", Base64.getEncoder().encodeToString(record.value()));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a rejected record to memory", e);
        }
        return new EncodedLine(REJECTED_FOLDER, out.toByteArray(), 0, true);
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** Whether only whitespace stands between the opening brace and the closing one at {@code close}. */
    private static boolean isEmptyObject(byte[] value, int close) {
        int i = 0;
        while (isWhitespace(value[i])) {
            i++;
        }
        for (i++; i < close; i++) {
            if (!isWhitespace(value[i])) {
                return false;
            }
        }
        return true;
    }

    /** What the line builder needs to know about a valid value. */
    private record JsonShape(boolean object, boolean singleLine) {}

    /** A value with no JSON in it at all. */
    private static final class EmptyValueException extends com.fasterxml.jackson.core.JsonParseException {
        EmptyValueException(JsonParser parser) {
            super(parser, "empty value");
        }
    }

    /** A value with more after its first JSON document. */
    private static final class TrailingContentException extends com.fasterxml.jackson.core.JsonParseException {
        TrailingContentException(JsonParser parser) {
            super(parser, "content after the end of the JSON value");
        }
    }
}
