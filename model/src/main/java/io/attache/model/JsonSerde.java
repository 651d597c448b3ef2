package io.attache.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one of Attaché's records, as JSON through {@link Json#mapper()}. A {@code null} value
 * (a tombstone) stays {@code null} both ways; anything that is not a valid record fails with a
 * {@link SerializationException} naming the topic, the record type and the field at fault.
 *
 * @param <T> the record type
 */
public final class JsonSerde<T> implements Serde<T> {
    private final Class<T> type;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    public JsonSerde(Class<T> type) {
        this.type = type;
        this.reader = Json.mapper().readerFor(type);
        this.writer = Json.mapper().writerFor(type);
    }

    /** The record type this serde reads and writes. */
    public Class<T> type() {
        return type;
    }

    /** Writes one record as UTF-8 JSON. */
    public byte[] toBytes(String topic, T value) {
        if (value == null) {
            return null;
        }
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new SerializationException(
                    "cannot write " + type.getSimpleName() + " for topic " + topic + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads one record from UTF-8 JSON, validating it. */
    public T fromBytes(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return reader.readValue(data);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "cannot read " + type.getSimpleName() + " from topic " + topic + ": " + describe(e), e);
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof InvalidRecordException) {
                break;
            }
            cause = cause.getCause();
        }
        if (cause instanceof InvalidRecordException) {
            return cause.getMessage();
        }
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = jme.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return "field '" + field + "': " + jme.getOriginalMessage();
        }
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
    }

    @Override
    public Serializer<T> serializer() {
        return this::toBytes;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this::fromBytes;
    }
}
