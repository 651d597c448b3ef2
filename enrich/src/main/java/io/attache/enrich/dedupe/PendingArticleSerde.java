package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pending-articles store's format: the routing and fingerprint fields in binary, then the enriched record's
 * JSON bytes as they are. Every article is written and read once here, so encoding it as JSON again (the first
 * format) cost as much as tagging it.
 */
public final class PendingArticleSerde extends BinarySerde<PendingArticle> {
    /** Besides the strings with their lengths and the record: revision, simhash, published, readAt, two list sizes, record length. */
    private static final int FIXED_BYTES = Integer.BYTES + 3 * Long.BYTES + 2 * Integer.BYTES + Integer.BYTES;

    public PendingArticleSerde() {
        super((byte) 2, "pending article");
    }

    @Override
    byte[] encode(PendingArticle article) {
        byte[] id = BinaryStrings.utf8(article.articleId());
        byte[] contentHash = BinaryStrings.utf8(article.contentHash());
        List<byte[]> themes = article.themes().stream().map(BinaryStrings::utf8).toList();
        List<byte[]> dyads = article.dyads().stream().map(BinaryStrings::utf8).toList();
        int size = FIXED_BYTES + article.enriched().length + BinaryStrings.size(id) + BinaryStrings.size(contentHash);
        for (byte[] string : themes) {
            size += BinaryStrings.size(string);
        }
        for (byte[] string : dyads) {
            size += BinaryStrings.size(string);
        }
        ByteBuffer out = buffer(size);
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

    @Override
    PendingArticle read(ByteBuffer in) {
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
            throw new IndexOutOfBoundsException("record of " + length + " bytes, " + in.remaining() + " left");
        }
        byte[] enriched = Arrays.copyOfRange(in.array(), in.position(), in.position() + length);
        return new PendingArticle(id, revision, simhash, contentHash, published, readAt, themes, dyads, enriched);
    }

    private static List<String> strings(ByteBuffer in) {
        int count = in.getInt();
        List<String> values = new ArrayList<>(Math.min(count, 64));
        for (int i = 0; i < count; i++) {
            values.add(BinaryStrings.read(in));
        }
        return values;
    }
}
