package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;

/** The fingerprint index store's format: revision, simhash, content hash, seenAt, duplicateOf. */
public final class IndexEntrySerde extends BinarySerde<IndexEntry> {
    private static final int FIXED_BYTES = Integer.BYTES + 2 * Long.BYTES;

    public IndexEntrySerde() {
        super("fingerprint index entry");
    }

    @Override
    protected byte[] encode(IndexEntry entry) {
        byte[] contentHash = BinaryStrings.utf8(entry.contentHash());
        byte[] duplicateOf = BinaryStrings.utf8(entry.duplicateOf());
        ByteBuffer out = ByteBuffer.allocate(FIXED_BYTES + BinaryStrings.size(contentHash) + BinaryStrings.size(duplicateOf));
        out.putInt(entry.revision()).putLong(entry.simhash());
        BinaryStrings.put(out, contentHash);
        out.putLong(entry.seenAt());
        BinaryStrings.put(out, duplicateOf);
        return out.array();
    }

    @Override
    protected IndexEntry read(ByteBuffer in) {
        return new IndexEntry(in.getInt(), in.getLong(), BinaryStrings.read(in), in.getLong(), BinaryStrings.read(in));
    }
}
