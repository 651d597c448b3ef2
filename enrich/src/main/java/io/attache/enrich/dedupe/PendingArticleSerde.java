package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The pending-articles store's format: the routing and fingerprint fields in binary, then the enriched record's
 * JSON bytes as they are. Every article is written and read once here, so encoding it as JSON again (the first
 * format) cost as much as tagging it.
 */
public final class PendingArticleSerde extends BinarySerde<PendingArticle> {
    /** Besides the strings, the two lists and the record: revision, simhash, published, readAt, record length. */
    private static final int FIXED_BYTES = Integer.BYTES + 3 * Long.BYTES + Integer.BYTES;

    public PendingArticleSerde() {
        super((byte) 2, "pending article");
    }

    @Override
    byte[] encode(PendingArticle article) {
        byte[] id = BinaryStrings.utf8(article.articleId());
        byte[] contentHash = BinaryStrings.utf8(article.contentHash());
        List<byte[]> themes = BinaryStrings.utf8(article.themes());
        List<byte[]> dyads = BinaryStrings.utf8(article.dyads());
        ByteBuffer out = buffer(FIXED_BYTES + article.enriched().length + BinaryStrings.size(id) + BinaryStrings.size(contentHash)
                + BinaryStrings.size(themes) + BinaryStrings.size(dyads));
        BinaryStrings.put(out, id);
        out.putInt(article.revision()).putLong(article.simhash());
        BinaryStrings.put(out, contentHash);
        out.putLong(article.published()).putLong(article.readAt());
        BinaryStrings.put(out, themes);
        BinaryStrings.put(out, dyads);
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
        List<String> themes = BinaryStrings.readList(in);
        List<String> dyads = BinaryStrings.readList(in);
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IndexOutOfBoundsException("record of " + length + " bytes, " + in.remaining() + " left");
        }
        byte[] enriched = Arrays.copyOfRange(in.array(), in.position(), in.position() + length);
        return new PendingArticle(id, revision, simhash, contentHash, published, readAt, themes, dyads, enriched);
    }
}
