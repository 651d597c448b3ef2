package io.attache.enrich.dedupe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A binary format of enrichment's own, for a state store or an internal topic, written field by field with
 * {@link DataOutputStream}. Tombstones stay null; bytes that cannot be read fail naming the store or topic.
 *
 * @param <T> the type written
 */
abstract class BinarySerde<T> implements Serde<T> {
    abstract void write(T value, DataOutputStream out) throws IOException;

    abstract T read(DataInputStream in) throws IOException;

    /** The value as bytes; null (a tombstone) stays null. */
    public final byte[] toBytes(T value) {
        if (value == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The value in {@code data}, read from {@code source} (a store's or a topic's name); null stays null. */
    public final T fromBytes(String source, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return read(new DataInputStream(new ByteArrayInputStream(data)));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException(
                    "cannot read " + getClass().getSimpleName() + " bytes from " + source + ": " + e, e);
        }
    }

    @Override
    public final Serializer<T> serializer() {
        return (topic, value) -> toBytes(value);
    }

    @Override
    public final Deserializer<T> deserializer() {
        return this::fromBytes;
    }
}
