package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;

/**
 * The band index's store format: one article revision's fingerprint, its state and its bands, in a compact binary
 * form. The index writes one on every reservation and outcome, so the format is kept small and cheap to write.
 */
public final class StoredFingerprintSerde extends BinaryStoreSerde<StoredFingerprint> {
    /** Besides the two strings with their lengths: revision, simhash, timestamp, published, enriched, bands. */
    private static final int FIXED_BYTES = Integer.BYTES + 3 * Long.BYTES + 1 + 1;

    public StoredFingerprintSerde() {
        super((byte) 3, "band index entry");
    }

    @Override
    byte[] encode(StoredFingerprint stored) {
        Fingerprint fingerprint = stored.fingerprint();
        byte[] id = BinaryStrings.utf8(fingerprint.articleId());
        byte[] hash = BinaryStrings.utf8(fingerprint.contentHash());
        ByteBuffer out = buffer(FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(hash));
        BinaryStrings.put(out, id);
        out.putInt(fingerprint.revision()).putLong(fingerprint.simhash());
        BinaryStrings.put(out, hash);
        return out.putLong(fingerprint.timestamp()).putLong(fingerprint.published()).put((byte) (stored.enriched() ? 1 : 0))
                .put((byte) stored.bands()).array();
    }

    @Override
    StoredFingerprint read(ByteBuffer in) {
        Fingerprint fingerprint = new Fingerprint(BinaryStrings.read(in), in.getInt(), in.getLong(), BinaryStrings.read(in),
                in.getLong(), in.getLong());
        return new StoredFingerprint(fingerprint, in.get() != 0, in.get());
    }
}
