package io.attache.enrich.dedupe;

import io.attache.model.JsonSerde;
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
 * The band index's store format: a compact binary list of entries. A bucket is read and rewritten on every
 * band message, and buckets of common band values hold hundreds of fingerprints, so JSON (the first format)
 * made the index cost grow with the square of the bucket size in Jackson time. Buckets written as JSON by
 * earlier versions (they start with {@code '{'}) are still read, so no reset is needed to upgrade.
 */
public final class BandBucketSerde implements Serde<BandBucket> {
    /** First byte of the binary format; JSON starts with '{'. */
    private static final byte VERSION = 1;
    private static final JsonSerde<BandBucket> LEGACY = new JsonSerde<>(BandBucket.class);

    /** The bucket as bytes; null (a tombstone) stays null. */
    public byte[] toBytes(BandBucket bucket) {
        if (bucket == null) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + bucket.entries().size() * 96);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(bucket.entries().size());
            for (BandEntry entry : bucket.entries()) {
                Fingerprint fingerprint = entry.fingerprint();
                out.writeUTF(fingerprint.articleId());
                out.writeInt(fingerprint.revision());
                out.writeLong(fingerprint.simhash());
                out.writeUTF(fingerprint.contentHash());
                out.writeLong(fingerprint.timestamp());
                out.writeLong(fingerprint.published());
                out.writeBoolean(entry.enriched());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a band bucket in memory", e);
        }
        return bytes.toByteArray();
    }

    /** The bucket in {@code data}, binary or legacy JSON; null stays null. */
    public BandBucket fromBytes(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        if (data.length > 0 && data[0] == '{') {
            return LEGACY.fromBytes(topic, data);
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new SerializationException("cannot read band bucket from " + topic + ": unknown format version " + version);
            }
            int size = in.readInt();
            List<BandEntry> entries = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                Fingerprint fingerprint = new Fingerprint(in.readUTF(), in.readInt(), in.readLong(), in.readUTF(), in.readLong(),
                        in.readLong());
                entries.add(new BandEntry(fingerprint, in.readBoolean()));
            }
            return new BandBucket(entries);
        } catch (IOException e) {
            throw new SerializationException("cannot read band bucket from " + topic + ": truncated (" + e.getMessage() + ")", e);
        }
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
