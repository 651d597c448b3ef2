package io.attache.bench.enrich.banded;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The answers topic's format: a band's answer or a notice about another article, for one pending article. About
 * two of these are written and read per article, so they are binary rather than JSON.
 */
public final class BandAnswerSerde extends BinarySerde<BandAnswer> {
    private static final BandAnswer.Kind[] KINDS = BandAnswer.Kind.values();
    /** Besides the strings and the list of waits: revision, kind, bands, distance, same content. */
    private static final int FIXED_BYTES = Integer.BYTES + 1 + 1 + Integer.BYTES + 1;

    public BandAnswerSerde() {
        super("band answer");
    }

    @Override
    protected byte[] encode(BandAnswer answer) {
        byte[] id = BinaryStrings.utf8(answer.articleId());
        byte[] match = BinaryStrings.utf8(answer.matchId());
        List<byte[]> waits = BinaryStrings.utf8(answer.waitingOn());
        ByteBuffer out = ByteBuffer.allocate(
                FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(match) + BinaryStrings.size(waits));
        BinaryStrings.put(out, id);
        out.putInt(answer.revision()).put((byte) answer.kind().ordinal()).put((byte) answer.bands());
        BinaryStrings.put(out, match);
        out.putInt(answer.distance()).put((byte) (answer.sameContent() ? 1 : 0));
        BinaryStrings.put(out, waits);
        return out.array();
    }

    @Override
    protected BandAnswer read(ByteBuffer in) {
        String id = BinaryStrings.read(in);
        int revision = in.getInt();
        BandAnswer.Kind kind = KINDS[in.get()];
        int bands = in.get();
        String match = BinaryStrings.read(in);
        int distance = in.getInt();
        boolean sameContent = in.get() != 0;
        return new BandAnswer(id, revision, kind, bands, match, distance, sameContent, BinaryStrings.readList(in));
    }
}
