package io.attache.bench.enrich.banded;

import java.nio.ByteBuffer;

/**
 * A {@link Fingerprint} in enrichment's binary formats (the band index's store and the band topic): id, revision,
 * simhash, content hash, timestamp, published.
 */
final class BinaryFingerprints {
    private static final int FIXED_BYTES = Integer.BYTES + 3 * Long.BYTES;

    private BinaryFingerprints() {}

    /** A fingerprint's strings encoded once, so a buffer can be sized before they are written. */
    record Encoded(Fingerprint fingerprint, byte[] id, byte[] contentHash) {
        int size() {
            return FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(contentHash);
        }

        void put(ByteBuffer out) {
            BinaryStrings.put(out, id);
            out.putInt(fingerprint.revision()).putLong(fingerprint.simhash());
            BinaryStrings.put(out, contentHash);
            out.putLong(fingerprint.timestamp()).putLong(fingerprint.published());
        }
    }

    static Encoded encode(Fingerprint fingerprint) {
        return new Encoded(
                fingerprint,
                BinaryStrings.utf8(fingerprint.articleId()),
                BinaryStrings.utf8(fingerprint.contentHash()));
    }

    static Fingerprint read(ByteBuffer in) {
        return new Fingerprint(
                BinaryStrings.read(in), in.getInt(), in.getLong(), BinaryStrings.read(in), in.getLong(), in.getLong());
    }
}
