package io.attache.ingest;

/** Told after every poll of a feed, e.g. to show progress. Called on a fetch thread: return quickly. */
@FunctionalInterface
public interface FeedPollListener {
    /** A listener that ignores everything. */
    FeedPollListener NONE = result -> {};

    void feedPolled(FeedPollResult result);
}
