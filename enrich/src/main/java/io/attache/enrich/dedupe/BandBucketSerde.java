package io.attache.enrich.dedupe;

import io.attache.model.JsonSerde;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The band index's store format: a compact binary list of entries. A bucket is read and rewritten on every
 * band message, and buckets of common band values hold hundreds of fingerprints, so JSON (the first format)
 * made the index cost grow with the square of the bucket size in Jackson time. Buckets written as JSON by
 * earlier versions (they start with {@code '{'}) are still read, so no reset is needed to upgrade.
 */
public final class BandBucketSerde implements Serde<BandBucket> {
    /** First byte of the binary format; JSON starts with '{'. */
    private static final byte VERSION = 1;
    /** Per entry, besides the two strings: their lengths, revision, simhash, timestamp, published, enriched. */
    private static final int ENTRY_FIXED_BYTES = 2 * Integer.BYTES + Integer.BYTES + 3 * Long.BYTES + 1;
    private static final JsonSerde<BandBucket> LEGACY = new JsonSerde<>(BandBucket.class);

    /** The bucket as bytes; null (a tombstone) stays null. */
    public byte[] toBytes(BandBucket bucket) {
        if (bucket == null) {
            return null;
        }
        List<BandEntry> entries = bucket.entries();
        byte[][] strings = new byte[entries.size() * 2][];
        int size = 1 + Integer.BYTES;
        for (int i = 0; i < entries.size(); i++) {
            strings[2 * i] = entries.get(i).fingerprint().articleId().getBytes(StandardCharsets.UTF_8);
            strings[2 * i + 1] = entries.get(i).fingerprint().contentHash().getBytes(StandardCharsets.UTF_8);
            size += ENTRY_FIXED_BYTES + strings[2 * i].length + strings[2 * i + 1].length;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(VERSION).putInt(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Fingerprint fingerprint = entries.get(i).fingerprint();
            out.putInt(strings[2 * i].length).put(strings[2 * i]).putInt(fingerprint.revision()).putLong(fingerprint.simhash())
                    .putInt(strings[2 * i + 1].length).put(strings[2 * i + 1]).putLong(fingerprint.timestamp())
                    .putLong(fingerprint.published()).put((byte) (entries.get(i).enriched() ? 1 : 0));
        }
        return out.array();
    }

    /** The bucket in {@code data}, binary or legacy JSON; null stays null. */
    public BandBucket fromBytes(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] == '{') {
            return LEGACY.fromBytes(topic, data);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            byte version = in.get();
            if (version != VERSION) {
                throw new SerializationException("cannot read band bucket from " + topic + ": unknown format version " + version);
            }
            int size = in.getInt();
            List<BandEntry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Fingerprint fingerprint = new Fingerprint(string(in), in.getInt(), in.getLong(), string(in), in.getLong(), in.getLong());
                entries.add(new BandEntry(fingerprint, in.get() != 0));
            }
            return new BandBucket(entries);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("cannot read band bucket from " + topic + ": truncated", e);
        }
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    @Override
    public Serializer<BandBucket> serializer() {
        return (topic, bucket) -> toBytes(bucket);
    }

    @Override
    public Deserializer<BandBucket> deserializer() {
        return this::fromBytes;
    }
}
