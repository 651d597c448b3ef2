package io.attache.enrich.story;

import io.attache.enrich.dedupe.BinarySerde;
import io.attache.model.RecordSerdes;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The story store's format: the story record's JSON as published, then its key, anchor, last join and profile in
 * binary (a profile of a few hundred terms is written at every report, so JSON would cost several times more).
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
        out.writeInt(state.profile().size());
        for (Map.Entry<String, TermTally> term : state.profile().entrySet()) {
            out.writeUTF(term.getKey());
            out.writeInt(term.getValue().reports());
            out.writeInt(term.getValue().weight());
        }
    }

    @Override
    protected StoryState read(DataInputStream in) throws IOException {
        byte[] story = in.readNBytes(in.readInt());
        String key = in.readUTF();
        long anchor = in.readLong();
        long seenAt = in.readLong();
        int count = in.readInt();
        Map<String, TermTally> profile = new HashMap<>();
        for (int i = 0; i < count; i++) {
            profile.put(in.readUTF(), new TermTally(in.readInt(), in.readInt()));
        }
        return new StoryState(RecordSerdes.story().fromBytes("story store", story), key, anchor, seenAt, profile);
    }
}
