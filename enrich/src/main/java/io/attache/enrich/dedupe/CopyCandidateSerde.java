package io.attache.enrich.dedupe;

import io.attache.model.RecordSerdes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * The copy-check topic's format: a kind byte, then for a tagged article the routing and fingerprint fields in binary
 * and the enriched record's JSON bytes as they are (every article passes here once, so JSON for the envelope would
 * cost as much as tagging it); for a repeated article, the article's JSON.
 */
public final class CopyCandidateSerde extends BinarySerde<CopyCandidate> {
    private static final byte TAGGED = 'T';
    private static final byte REPEATED = 'R';
    /** Besides the strings, the two lists and the record: kind, revision, simhash, record length. */
    private static final int FIXED_BYTES = 1 + Integer.BYTES + Long.BYTES + Integer.BYTES;

    public CopyCandidateSerde() {
        super("copy candidate");
    }

    @Override
    protected byte[] encode(CopyCandidate candidate) {
        if (candidate instanceof RepeatedArticle repeated) {
            byte[] article = RecordSerdes.article().toBytes("copy candidate", repeated.article());
            return ByteBuffer.allocate(1 + article.length).put(REPEATED).put(article).array();
        }
        TaggedArticle article = (TaggedArticle) candidate;
        byte[] id = BinaryStrings.utf8(article.articleId());
        byte[] contentHash = BinaryStrings.utf8(article.contentHash());
        List<byte[]> themes = BinaryStrings.utf8(article.themes());
        List<byte[]> dyads = BinaryStrings.utf8(article.dyads());
        ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + article.enriched().length + BinaryStrings.size(id)
                + BinaryStrings.size(contentHash) + BinaryStrings.size(themes) + BinaryStrings.size(dyads));
        out.put(TAGGED);
        BinaryStrings.put(out, id);
        out.putInt(article.revision()).putLong(article.simhash());
        BinaryStrings.put(out, contentHash);
        BinaryStrings.put(out, themes);
        BinaryStrings.put(out, dyads);
        return out.putInt(article.enriched().length).put(article.enriched()).array();
    }

    @Override
    protected CopyCandidate read(ByteBuffer in) {
        byte kind = in.get();
        if (kind == REPEATED) {
            return new RepeatedArticle(RecordSerdes.article().fromBytes("copy candidate",
                    Arrays.copyOfRange(in.array(), in.position(), in.limit())));
        }
        if (kind != TAGGED) {
            throw new IllegalArgumentException("unknown kind " + kind);
        }
        String id = BinaryStrings.read(in);
        int revision = in.getInt();
        long simhash = in.getLong();
        String contentHash = BinaryStrings.read(in);
        List<String> themes = BinaryStrings.readList(in);
        List<String> dyads = BinaryStrings.readList(in);
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IndexOutOfBoundsException("record of " + length + " bytes, " + in.remaining() + " left");
        }
        byte[] enriched = Arrays.copyOfRange(in.array(), in.position(), in.position() + length);
        return new TaggedArticle(id, revision, simhash, contentHash, themes, dyads, enriched);
    }
}
