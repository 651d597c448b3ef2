package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;

/**
 * The band index's store format: one fingerprint entry in a compact binary form. The index writes an entry on
 * every reservation and outcome, for each of the article's bands, so the format is kept small and cheap to write.
 */
public final class BandEntrySerde extends BinaryStoreSerde<BandEntry> {
    /** Besides the two strings with their lengths: revision, simhash, timestamp, published, enriched. */
    private static final int FIXED_BYTES = Integer.BYTES + 3 * Long.BYTES + 1;

    public BandEntrySerde() {
        super((byte) 2, "band index entry");
    }

    @Override
    byte[] encode(BandEntry entry) {
        Fingerprint fingerprint = entry.fingerprint();
        byte[] id = BinaryStrings.utf8(fingerprint.articleId());
        byte[] hash = BinaryStrings.utf8(fingerprint.contentHash());
        ByteBuffer out = buffer(FIXED_BYTES + BinaryStrings.size(id) + BinaryStrings.size(hash));
        BinaryStrings.put(out, id);
        out.putInt(fingerprint.revision()).putLong(fingerprint.simhash());
        BinaryStrings.put(out, hash);
        return out.putLong(fingerprint.timestamp()).putLong(fingerprint.published()).put((byte) (entry.enriched() ? 1 : 0)).array();
    }

    @Override
    BandEntry read(ByteBuffer in) {
        Fingerprint fingerprint = new Fingerprint(BinaryStrings.read(in), in.getInt(), in.getLong(), BinaryStrings.read(in),
                in.getLong(), in.getLong());
        return new BandEntry(fingerprint, in.get() != 0);
    }
}
