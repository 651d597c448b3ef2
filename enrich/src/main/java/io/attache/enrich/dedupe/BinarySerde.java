package io.attache.enrich.dedupe;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
public abstract class BinarySerde<T> implements Serde<T> {
    protected abstract void write(T value, DataOutputStream out) throws IOException;

    protected abstract T read(DataInputStream in) throws IOException;

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

    /** A list of strings: its size, then each one. */
    protected static void writeList(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    /** A list written by {@link #writeList}. */
    protected static List<String> readList(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }
}
