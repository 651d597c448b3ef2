package io.attache.bench.enrich.banded;

import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.dedupe.TaggedArticle;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** The pending-articles store's format: published, readAt, then the tagged article in the copy-check topic's format. */
public final class PendingArticleSerde extends BinarySerde<PendingArticle> {
    public PendingArticleSerde() {
        super("pending article");
    }

    @Override
    protected byte[] encode(PendingArticle pending) {
        byte[] article = EnrichSerdes.copyCandidate().toBytes(pending.article());
        return ByteBuffer.allocate(2 * Long.BYTES + article.length)
                .putLong(pending.published())
                .putLong(pending.readAt())
                .put(article)
                .array();
    }

    @Override
    protected PendingArticle read(ByteBuffer in) {
        long published = in.getLong();
        long readAt = in.getLong();
        byte[] article = Arrays.copyOfRange(in.array(), in.position(), in.limit());
        return new PendingArticle(
                (TaggedArticle) EnrichSerdes.copyCandidate().fromBytes("pending-articles", article), published, readAt);
    }
}
