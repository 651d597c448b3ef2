package io.attache.enrich.dedupe;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The pending-articles store's format: the routing and fingerprint fields in binary, then the enriched record's
 * JSON bytes as they are. Every article is written and read once here, so encoding it as JSON again (the first
 * format) cost as much as tagging it.
 */
public final class PendingArticleSerde implements Serde<PendingArticle> {
    private static final byte VERSION = 2;

    /** The article as bytes; null (a tombstone) stays null. */
    public byte[] toBytes(PendingArticle article) {
        if (article == null) {
            return null;
        }
        byte[] id = BinaryStrings.utf8(article.articleId());
        byte[] contentHash = BinaryStrings.utf8(article.contentHash());
        List<byte[]> themes = article.themes().stream().map(BinaryStrings::utf8).toList();
        List<byte[]> dyads = article.dyads().stream().map(BinaryStrings::utf8).toList();
        // version, revision, simhash, published, readAt, two list sizes, the record's length
        int size = 1 + Integer.BYTES + 3 * Long.BYTES + 2 * Integer.BYTES + Integer.BYTES + article.enriched().length
                + BinaryStrings.size(id) + BinaryStrings.size(contentHash);
        for (byte[] string : themes) {
            size += BinaryStrings.size(string);
        }
        for (byte[] string : dyads) {
            size += BinaryStrings.size(string);
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(VERSION);
        BinaryStrings.put(out, id);
        out.putInt(article.revision()).putLong(article.simhash());
        BinaryStrings.put(out, contentHash);
        out.putLong(article.published()).putLong(article.readAt());
        out.putInt(themes.size());
        themes.forEach(theme -> BinaryStrings.put(out, theme));
        out.putInt(dyads.size());
        dyads.forEach(dyad -> BinaryStrings.put(out, dyad));
        return out.putInt(article.enriched().length).put(article.enriched()).array();
    }

    /** The article in {@code data}; null stays null. */
    public PendingArticle fromBytes(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            byte version = in.get();
            if (version != VERSION) {
                throw new SerializationException("cannot read pending article from " + topic + ": unknown format version " + version
                        + (version == '{' ? " (a JSON entry of an earlier version: let enrichment drain before upgrading)" : ""));
            }
            String id = BinaryStrings.read(in);
            int revision = in.getInt();
            long simhash = in.getLong();
            String contentHash = BinaryStrings.read(in);
            long published = in.getLong();
            long readAt = in.getLong();
            List<String> themes = strings(in);
            List<String> dyads = strings(in);
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new SerializationException("cannot read pending article from " + topic + ": truncated");
            }
            byte[] enriched = Arrays.copyOfRange(data, in.position(), in.position() + length);
            return new PendingArticle(id, revision, simhash, contentHash, published, readAt, themes, dyads, enriched);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new SerializationException("cannot read pending article from " + topic + ": truncated", e);
        }
    }

    private static List<String> strings(ByteBuffer in) {
        int count = in.getInt();
        List<String> values = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            values.add(BinaryStrings.read(in));
        }
        return values;
    }

    @Override
    public Serializer<PendingArticle> serializer() {
        return (topic, article) -> toBytes(article);
    }

    @Override
    public Deserializer<PendingArticle> deserializer() {
        return this::fromBytes;
    }
}
