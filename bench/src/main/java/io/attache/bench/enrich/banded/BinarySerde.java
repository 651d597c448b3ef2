package io.attache.bench.enrich.banded;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A binary format of enrichment's own, for a state store or an internal topic. Tombstones stay null, and bytes that
 * cannot be read fail naming the store or topic and what was wrong.
 *
 * @param <T> the type written
 */
public abstract class BinarySerde<T> {
    private final String what;

    /**
     * @param what what is written, for error messages, e.g. "fingerprint index entry"
     */
    protected BinarySerde(String what) {
        this.what = what;
    }

    /** {@code value} as bytes. */
    protected abstract byte[] encode(T value);

    /** The value whose fields are in {@code in}. */
    protected abstract T read(ByteBuffer in);

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
            return read(ByteBuffer.wrap(data));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("cannot read " + what + " from " + store + ": " + e, e);
        }
    }
}
