package io.attache.enrich.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The band index's store format: one fingerprint entry in a compact binary form. The index writes an entry on
 * every reservation and outcome, four per article each time, so the format is kept small and cheap to write.
 */
public final class BandEntrySerde implements Serde<BandEntry> {
    private static final byte VERSION = 2;
    /** Besides the two strings with their lengths: version, revision, simhash, timestamp, published, enriched. */
    private static final int FIXED_BYTES = 1 + Integer.BYTES + 3 * Long.BYTES + 1;

    /** The entry as bytes; null (a tombstone) stays null. */
    public byte[] toBytes(BandEntry entry) {
        if (entry == null) {
            return null;
        }
        Fingerprint fingerprint = entry.fingerprint();
        byte[] id = BinaryStrings.utf8(fingerprint.articleId());
        byte[] hash = BinaryStrings.utf8(fingerprint.contentHash());
        ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(hash)).put(VERSION);
        BinaryStrings.put(out, id);
        out.putInt(fingerprint.revision()).putLong(fingerprint.simhash());
        BinaryStrings.put(out, hash);
        return out.putLong(fingerprint.timestamp()).putLong(fingerprint.published()).put((byte) (entry.enriched() ? 1 : 0)).array();
    }

    /** The entry in {@code data}; null stays null. */
    public BandEntry fromBytes(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            byte version = in.get();
            if (version != VERSION) {
                throw new SerializationException("cannot read band index entry from " + topic + ": unknown format version " + version);
            }
            Fingerprint fingerprint = new Fingerprint(BinaryStrings.read(in), in.getInt(), in.getLong(), BinaryStrings.read(in),
                    in.getLong(), in.getLong());
            return new BandEntry(fingerprint, in.get() != 0);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("cannot read band index entry from " + topic + ": truncated", e);
        }
    }

    @Override
    public Serializer<BandEntry> serializer() {
        return (topic, entry) -> toBytes(entry);
    }

    @Override
    public Deserializer<BandEntry> deserializer() {
        return this::fromBytes;
    }
}
