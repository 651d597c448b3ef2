package io.attache.enrich.dedupe;

import io.attache.enrich.story.StoryFeatures;
import io.attache.model.RecordSerdes;
import io.attache.model.SourceType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy-check topic's format: a kind byte, then for a tagged article the routing and fingerprint fields in binary
 * and the enriched record's JSON bytes as they are (every article passes here once, so JSON for the envelope would
 * cost as much as tagging it); for a repeated article, the article's JSON.
 */
public final class CopyCandidateSerde extends BinarySerde<CopyCandidate> {
    private static final byte TAGGED = 'T';
    private static final byte REPEATED = 'R';

    @Override
    protected void write(CopyCandidate candidate, DataOutputStream out) throws IOException {
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
        writeFeatures(article.story(), out);
        out.writeInt(article.enriched().length);
        out.write(article.enriched());
    }

    @Override
    protected CopyCandidate read(DataInputStream in) throws IOException {
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
        StoryFeatures story = readFeatures(in);
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("record of " + length + " bytes, " + in.available() + " left");
        }
        return new TaggedArticle(id, revision, simhash, contentHash, themes, dyads, story, in.readNBytes(length));
    }

    private static void writeFeatures(StoryFeatures story, DataOutputStream out) throws IOException {
        writeList(story.countries(), out);
        out.writeLong(story.published());
        out.writeUTF(story.title());
        out.writeUTF(story.publisher());
        out.writeUTF(story.sourceType().name());
        out.writeUTF(story.language());
        out.writeInt(story.terms().size());
        for (Map.Entry<String, Integer> term : story.terms().entrySet()) {
            out.writeUTF(term.getKey());
            out.writeByte(term.getValue());
        }
    }

    private static StoryFeatures readFeatures(DataInputStream in) throws IOException {
        List<String> countries = readList(in);
        long published = in.readLong();
        String title = in.readUTF();
        String publisher = in.readUTF();
        SourceType sourceType = SourceType.valueOf(in.readUTF());
        String language = in.readUTF();
        int count = in.readInt();
        Map<String, Integer> terms = new HashMap<>();
        for (int i = 0; i < count; i++) {
            terms.put(in.readUTF(), (int) in.readByte());
        }
        return new StoryFeatures(countries, published, title, publisher, sourceType, language, terms);
    }
}
