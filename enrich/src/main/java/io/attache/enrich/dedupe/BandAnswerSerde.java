package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers topic's format: a band's answer or a notice about another article, for one pending article. About
 * two of these are written and read per article, so they are binary rather than JSON.
 */
public final class BandAnswerSerde extends BinarySerde<BandAnswer> {
    private static final BandAnswer.Kind[] KINDS = BandAnswer.Kind.values();
    /** Besides the strings with their lengths: revision, kind, bands, distance, same content, count of waits. */
    private static final int FIXED_BYTES = Integer.BYTES + 1 + 1 + Integer.BYTES + 1 + Integer.BYTES;

    public BandAnswerSerde() {
        super((byte) 1, "band answer");
    }

    @Override
    byte[] encode(BandAnswer answer) {
        byte[] id = BinaryStrings.utf8(answer.articleId());
        byte[] match = BinaryStrings.utf8(answer.matchId());
        List<byte[]> waits = answer.waitingOn().stream().map(BinaryStrings::utf8).toList();
        int size = FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(match);
        for (byte[] wait : waits) {
            size += BinaryStrings.size(wait);
        }
        ByteBuffer out = buffer(size);
        BinaryStrings.put(out, id);
        out.putInt(answer.revision()).put((byte) answer.kind().ordinal()).put((byte) answer.bands());
        BinaryStrings.put(out, match);
        out.putInt(answer.distance()).put((byte) (answer.sameContent() ? 1 : 0)).putInt(waits.size());
        waits.forEach(wait -> BinaryStrings.put(out, wait));
        return out.array();
    }

    @Override
    BandAnswer read(ByteBuffer in) {
        String id = BinaryStrings.read(in);
        int revision = in.getInt();
        BandAnswer.Kind kind = KINDS[in.get()];
        int bands = in.get();
        String match = BinaryStrings.read(in);
        int distance = in.getInt();
        boolean sameContent = in.get() != 0;
        int count = in.getInt();
        List<String> waits = new ArrayList<>(Math.min(count, in.remaining() / Integer.BYTES));
        for (int i = 0; i < count; i++) {
            waits.add(BinaryStrings.read(in));
        }
        return new BandAnswer(id, revision, kind, bands, match, distance, sameContent, waits);
    }
}
