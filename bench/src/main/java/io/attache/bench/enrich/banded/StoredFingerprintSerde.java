package io.attache.bench.enrich.banded;

import java.nio.ByteBuffer;

/**
 * The band index's store format: one article revision's fingerprint, its state and its bands, in a compact binary
 * form. The index writes one on every reservation and outcome, so the format is kept small and cheap to write.
 */
public final class StoredFingerprintSerde extends BinarySerde<StoredFingerprint> {
    public StoredFingerprintSerde() {
        super("band index entry");
    }

    @Override
    protected byte[] encode(StoredFingerprint stored) {
        BinaryFingerprints.Encoded fingerprint = BinaryFingerprints.encode(stored.fingerprint());
        // After the fingerprint: whether enriched, and the bands (one byte each).
        ByteBuffer out = ByteBuffer.allocate(fingerprint.size() + 2);
        fingerprint.put(out);
        return out.put((byte) (stored.enriched() ? 1 : 0))
                .put((byte) stored.bands())
                .array();
    }

    @Override
    protected StoredFingerprint read(ByteBuffer in) {
        return new StoredFingerprint(BinaryFingerprints.read(in), in.get() != 0, in.get());
    }
}
