package io.attache.enrich.story;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stories a report may still join: held in a changelogged store keyed by story id, and in memory by key
 * (dyad, country or none) and first report's publication time, where lookups happen, beside the document
 * frequencies their terms give. The memory is rebuilt from the store when the task is initialised. Stories are
 * forgotten a window after their last report joined, checked at every report, so what is held depends only on
 * the reports read, never on when a purge ran.
 */
public final class StoryIndex {
    private final KeyValueStore<String, StoryState> store;
    private final long window;
    private final Map<String, StoryState> byId = new HashMap<>();
    /** Story ids by key, then by their first report's publication time. */
    private final Map<String, NavigableMap<Long, TreeSet<String>>> byKey = new HashMap<>();
    /** Story ids in the order they expire. */
    private final TreeSet<StoryState> byExpiry = new TreeSet<>(Comparator.comparingLong(StoryState::seenAt)
            .thenComparing(state -> state.story().id()));

    private final DocumentFrequencies frequencies = new DocumentFrequencies();

    private StoryIndex(KeyValueStore<String, StoryState> store, long window) {
        this.store = store;
        this.window = window;
    }

    /** The index held in {@code store}, for reports joining within {@code windowMillis} of a story's first. */
    public static StoryIndex load(KeyValueStore<String, StoryState> store, long windowMillis) {
        StoryIndex index = new StoryIndex(store, windowMillis);
        try (KeyValueIterator<String, StoryState> all = store.all()) {
            all.forEachRemaining(entry -> index.hold(entry.value));
        }
        return index;
    }

    /**
     * The story most like {@code features} among those of its key whose first report was published within the
     * window of it, if its similarity reaches {@code threshold}. Ties: the smaller story id. An article about no
     * country joins none: with nothing to key it by, it would be compared with every story of the window.
     */
    public Optional<StoryState> closest(StoryFeatures features, double threshold) {
        NavigableMap<Long, TreeSet<String>> stories = byKey.get(features.key());
        if (features.countries().isEmpty() || stories == null) {
            return Optional.empty();
        }
        StoryState best = null;
        double bestSimilarity = threshold;
        for (TreeSet<String> ids : stories.subMap(
                        features.published() - window, true, features.published() + window, true)
                .values()) {
            for (String id : ids) {
                StoryState candidate = byId.get(id);
                double similarity = TermSimilarity.cosine(features.terms(), candidate.profile(), frequencies);
                if (similarity > bestSimilarity
                        || similarity == bestSimilarity
                                && (best == null || id.compareTo(best.story().id()) < 0)) {
                    best = candidate;
                    bestSimilarity = similarity;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Writes {@code story}, new or grown, to the store and the memory. */
    public void put(StoryState story) {
        StoryState previous = byId.get(story.story().id());
        if (previous != null) {
            release(previous);
        }
        store.put(story.story().id(), story);
        hold(story);
    }

    /** Forgets, in the store and the memory, every story whose last report joined before {@code cutoff} (ms). */
    public void expireBefore(long cutoff) {
        while (!byExpiry.isEmpty() && byExpiry.first().seenAt() < cutoff) {
            StoryState expired = byExpiry.first();
            release(expired);
            store.delete(expired.story().id());
        }
    }

    private void hold(StoryState story) {
        String id = story.story().id();
        byId.put(id, story);
        byKey.computeIfAbsent(story.key(), key -> new TreeMap<>())
                .computeIfAbsent(story.anchor(), anchor -> new TreeSet<>())
                .add(id);
        byExpiry.add(story);
        frequencies.add(story);
    }

    private void release(StoryState story) {
        String id = story.story().id();
        byId.remove(id);
        NavigableMap<Long, TreeSet<String>> stories = byKey.get(story.key());
        TreeSet<String> ids = stories.get(story.anchor());
        ids.remove(id);
        if (ids.isEmpty()) {
            stories.remove(story.anchor());
        }
        if (stories.isEmpty()) {
            byKey.remove(story.key());
        }
        byExpiry.remove(story);
        frequencies.remove(story);
    }
}
