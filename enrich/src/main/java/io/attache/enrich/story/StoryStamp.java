package io.attache.enrich.story;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a story id into an enriched record serialised before its story was known. The record is serialised once,
 * where it is tagged, with an empty {@code storyId} as its last field; replacing those last bytes costs a copy,
 * where decoding and encoding the record again would cost about as much as the whole serial step.
 */
public final class StoryStamp {
    private static final byte[] EMPTY_ENDING = ",\"storyId\":\"\"}".getBytes(StandardCharsets.UTF_8);
    /** The bytes of the ending kept: {@code ,"storyId":"}. */
    private static final int KEPT = EMPTY_ENDING.length - 2;

    private StoryStamp() {}

    /** {@code enriched} with {@code storyId} written in; it must end with an empty story id. */
    public static byte[] stamp(byte[] enriched, String storyId) {
        int start = enriched.length - EMPTY_ENDING.length;
        if (start < 0 || !Arrays.equals(enriched, start, enriched.length, EMPTY_ENDING, 0, EMPTY_ENDING.length)) {
            throw new IllegalArgumentException("enriched record does not end with an empty storyId");
        }
        byte[] id = JsonStringEncoder.getInstance().quoteAsUTF8(storyId);
        byte[] stamped = Arrays.copyOf(enriched, start + KEPT + id.length + 2);
        System.arraycopy(id, 0, stamped, start + KEPT, id.length);
        stamped[stamped.length - 2] = '"';
        stamped[stamped.length - 1] = '}';
        return stamped;
    }
}
