package io.attache.enrich.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A binary format of enrichment's own, for a state store or an internal topic: a version byte, then the fields.
 * Tombstones stay null, and bytes that cannot be read fail naming the store or topic and what was wrong.
 *
 * @param <T> the type written
 */
abstract class BinarySerde<T> implements Serde<T> {
    private final byte version;
    private final String what;

    /**
     * @param version the format's version byte
     * @param what    what is written, for error messages, e.g. "band index entry"
     */
    BinarySerde(byte version, String what) {
        this.version = version;
        this.what = what;
    }

    /** {@code value} as bytes, in a buffer from {@link #buffer(int)}. */
    abstract byte[] encode(T value);

    /** The value whose fields follow the version byte in {@code in}. */
    abstract T read(ByteBuffer in);

    /** A buffer for {@code fieldBytes} bytes of fields, the version byte already written. */
    final ByteBuffer buffer(int fieldBytes) {
        return ByteBuffer.allocate(1 + fieldBytes).put(version);
    }

    /** The value as bytes; null (a tombstone) stays null. */
    public final byte[] toBytes(T value) {
        return value == null ? null : encode(value);
    }

    /** The value in {@code data}, read from {@code store} (a store's or a topic's name); null stays null. */
    public final T fromBytes(String store, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            byte found = in.get();
            if (found != version) {
                throw new SerializationException("cannot read " + what + " from " + store + ": unknown format version " + found
                        + (found == '{' ? " (JSON written by an earlier version: let enrichment drain before upgrading)" : ""));
            }
            return read(in);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("cannot read " + what + " from " + store + ": truncated", e);
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
