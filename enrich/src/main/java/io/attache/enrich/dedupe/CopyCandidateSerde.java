package io.attache.enrich.dedupe;

import io.attache.model.RecordSerdes;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy-check topic's format: a kind byte, then for a tagged article the routing and fingerprint fields in binary
 * and the enriched record's JSON bytes as they are (every article passes here once, so JSON for the envelope would
 * cost as much as tagging it); for a repeated article, the article's JSON.
 */
public final class CopyCandidateSerde extends BinarySerde<CopyCandidate> {
    private static final byte TAGGED = 'T';
    private static final byte REPEATED = 'R';

    @Override
    void write(CopyCandidate candidate, DataOutputStream out) throws IOException {
        if (candidate instanceof RepeatedArticle repeated) {
            out.writeByte(REPEATED);
            out.write(RecordSerdes.article().toBytes("copy candidate", repeated.article()));
            return;
        }
        TaggedArticle article = (TaggedArticle) candidate;
        out.writeByte(TAGGED);
        out.writeUTF(article.articleId());
        out.writeInt(article.revision());
        out.writeLong(article.simhash());
        out.writeUTF(article.contentHash());
        writeList(article.themes(), out);
        writeList(article.dyads(), out);
        out.writeInt(article.enriched().length);
        out.write(article.enriched());
    }

    @Override
    CopyCandidate read(DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind == REPEATED) {
            return new RepeatedArticle(RecordSerdes.article().fromBytes("copy candidate", in.readAllBytes()));
        }
        if (kind != TAGGED) {
            throw new IOException("unknown kind " + kind);
        }
        String id = in.readUTF();
        int revision = in.readInt();
        long simhash = in.readLong();
        String contentHash = in.readUTF();
        List<String> themes = readList(in);
        List<String> dyads = readList(in);
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("record of " + length + " bytes, " + in.available() + " left");
        }
        return new TaggedArticle(id, revision, simhash, contentHash, themes, dyads, in.readNBytes(length));
    }

    private static void writeList(List<String> values, DataOutputStream out) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }
}
