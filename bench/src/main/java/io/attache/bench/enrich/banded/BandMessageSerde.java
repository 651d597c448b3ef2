package io.attache.bench.enrich.banded;

import java.nio.ByteBuffer;

/**
 * The band topic's format: what the index is asked to do, and the fingerprint. Two to four of these are written
 * and read per article, so they are binary rather than JSON.
 */
public final class BandMessageSerde extends BinarySerde<BandMessage> {
    private static final BandMessage.Kind[] KINDS = BandMessage.Kind.values();

    public BandMessageSerde() {
        super("band message");
    }

    @Override
    protected byte[] encode(BandMessage message) {
        BinaryFingerprints.Encoded fingerprint = BinaryFingerprints.encode(message.fingerprint());
        ByteBuffer out = ByteBuffer.allocate(1 + fingerprint.size())
                .put((byte) message.kind().ordinal());
        fingerprint.put(out);
        return out.array();
    }

    @Override
    protected BandMessage read(ByteBuffer in) {
        return new BandMessage(KINDS[in.get()], BinaryFingerprints.read(in));
    }
}
