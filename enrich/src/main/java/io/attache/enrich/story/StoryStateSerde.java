package io.attache.enrich.story;

import io.attache.enrich.dedupe.BinarySerde;
import io.attache.model.RecordSerdes;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The story store's format: the story record's JSON as published, then its key, anchor, last join, profile and
 * vector lengths in binary (a profile of a few hundred terms is written at every report, so JSON would cost several times more).
 */
public final class StoryStateSerde extends BinarySerde<StoryState> {
    @Override
    protected void write(StoryState state, DataOutputStream out) throws IOException {
        byte[] story = RecordSerdes.story().toBytes("story store", state.story());
        out.writeInt(story.length);
        out.write(story);
        out.writeUTF(state.key());
        out.writeLong(state.anchor());
        out.writeLong(state.seenAt());
        TermProfile profile = state.profile();
        out.writeInt(profile.size());
        for (int i = 0; i < profile.size(); i++) {
            out.writeUTF(profile.term(i));
            out.writeInt(profile.reports(i));
            out.writeInt(profile.weight(i));
        }
        out.writeDouble(state.norm());
        out.writeDouble(state.sharedNorm());
    }

    @Override
    protected StoryState read(DataInputStream in) throws IOException {
        byte[] story = in.readNBytes(in.readInt());
        String key = in.readUTF();
        long anchor = in.readLong();
        long seenAt = in.readLong();
        int count = in.readInt();
        String[] terms = new String[count];
        int[] reports = new int[count];
        int[] weights = new int[count];
        for (int i = 0; i < count; i++) {
            terms[i] = in.readUTF();
            reports[i] = in.readInt();
            weights[i] = in.readInt();
        }
        return new StoryState(
                RecordSerdes.story().fromBytes("story store", story),
                key,
                anchor,
                seenAt,
                TermProfile.of(terms, reports, weights),
                in.readDouble(),
                in.readDouble());
    }
}
