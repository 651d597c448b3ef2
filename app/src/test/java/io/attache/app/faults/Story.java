package io.attache.app.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * An article the feed world published, as the reconciliation needs it.
 *
 * @param number   its place in publication order
 * @param kind     an original (possibly revised or listed in a second feed) or a near-copy of one
 * @param feed     the feed it first appeared in
 * @param url      its link, the same in every feed that lists it
 * @param title    its title
 * @param texts    every text it had, in order; revisions add one
 * @param copyOf   for a near-copy, the number of the original; otherwise -1
 * @param copied   whether it has a near-copy or is listed in a second feed (such stories are never revised)
 */
record Story(
        int number, Kind kind, int feed, String url, String title, List<String> texts, int copyOf, boolean copied) {
    /** What a story is. */
    enum Kind {
        ORIGINAL,
        NEAR_COPY
    }

    Story {
        texts = List.copyOf(texts);
    }

    static Story original(int number, int feed, String url, String title, String text) {
        return new Story(number, Kind.ORIGINAL, feed, url, title, List.of(text), -1, false);
    }

    static Story nearCopy(int number, int feed, String url, Story original, String text) {
        return new Story(number, Kind.NEAR_COPY, feed, url, original.title(), List.of(text), original.number(), false);
    }

    /** The text served now. */
    String text() {
        return texts.get(texts.size() - 1);
    }

    Story revised(String text) {
        List<String> more = new ArrayList<>(texts);
        more.add(text);
        return new Story(number, kind, feed, url, title, more, copyOf, copied);
    }

    Story withCopy() {
        return new Story(number, kind, feed, url, title, texts, copyOf, true);
    }
}
