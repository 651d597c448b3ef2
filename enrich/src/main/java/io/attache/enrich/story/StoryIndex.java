package io.attache.enrich.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The stories a report may still join: held in a changelogged store keyed by story id, and in memory by key
 * (dyad, country or none) and first report's publication time, where lookups happen, beside the document
 * frequencies their terms give. The memory is rebuilt from the store when the task is initialised. Stories are
 * forgotten a window after their last report joined, checked at every report, or sooner when their key holds more
 * than {@link #MAX_PER_KEY} or the index more than {@link #MAX_HELD} (the one whose last report joined earliest goes
 * first), checked at every write; so what is held depends only on the reports read, never on when a purge ran.
 */
public final class StoryIndex {
    /**
     * Stories compared per article at most: those whose first report was published nearest to it. A burst of news
     * about one pair (a war, a summit) can hold hundreds of stories in a window; comparing with each would make the
     * serial step's cost grow with the burst.
     */
    static final int MAX_CANDIDATES = 32;

    /**
     * Stories held per key at most. Every story of the window is held in memory, and a window of news about one pair
     * can start stories faster than any heap holds them (most reports start their own); a story that no report
     * joined while this many others of its pair did is unlikely to be joined again (docs/design.md, "Story memory").
     */
    static final int MAX_PER_KEY = 500;

    /** Stories held in all at most, whatever the keys: what bounds the heap stories take (docs/design.md). */
    static final int MAX_HELD = 10_000;

    /** The order stories are forgotten in: their last report's join, then their id. */
    private static final Comparator<StoryState> LAST_JOINED = Comparator.comparingLong(StoryState::seenAt)
            .thenComparing(state -> state.story().id());

    private final KeyValueStore<String, StoryState> store;
    private final long window;
    private final Map<String, StoryState> byId = new HashMap<>();
    /** Story ids by key, then by their first report's publication time. */
    private final Map<String, NavigableMap<Long, TreeSet<String>>> byKey = new HashMap<>();
    /** Stories in the order they expire. */
    private final TreeSet<StoryState> byExpiry = new TreeSet<>(LAST_JOINED);
    /** Each key's stories in the order they expire. */
    private final Map<String, TreeSet<StoryState>> byKeyExpiry = new HashMap<>();

    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    /**
     * Stories a restored store held over a bound (it was written before the bounds, or with larger ones): released
     * from memory when loaded, deleted from the store at the next write, since a task writes its stores only while
     * processing.
     */
    private final List<String> restoredOverBounds = new ArrayList<>();

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
        index.releaseOverBounds();
        return index;
    }

    private void releaseOverBounds() {
        keepWithinBounds(List.copyOf(byKeyExpiry.values()), story -> {
            release(story);
            restoredOverBounds.add(story.story().id());
        });
    }

    /**
     * Drops, by {@code drop}, the earliest-joined stories while one of {@code keys} (their stories in the order they
     * expire) holds more than {@link #MAX_PER_KEY}, then while the index holds more than {@link #MAX_HELD}.
     */
    private void keepWithinBounds(List<TreeSet<StoryState>> keys, Consumer<StoryState> drop) {
        for (TreeSet<StoryState> ofKey : keys) {
            while (ofKey.size() > MAX_PER_KEY) {
                drop.accept(ofKey.first());
            }
        }
        while (byExpiry.size() > MAX_HELD) {
            drop.accept(byExpiry.first());
        }
    }

    private void deleteRestoredOverBounds() {
        restoredOverBounds.forEach(store::delete);
        restoredOverBounds.clear();
    }

    /**
     * The story most like {@code features} among those of its key whose first report was published within the
     * window of it (the {@link #MAX_CANDIDATES} nearest in time): the most similar over all terms if that reaches {@code threshold}; else, among stories with no
     * report in the article's language yet, the most similar over the terms every language shares
     * ({@link StoryTerms#languageIndependent}) if that reaches {@code crossLanguageThreshold}. Ties: the smaller story
     * id. An article about no country joins none: with nothing to key it by, it would be compared with every story of
     * the window.
     */
    public Optional<StoryState> closest(StoryFeatures features, double threshold, double crossLanguageThreshold) {
        NavigableMap<Long, TreeSet<String>> stories = byKey.get(features.key());
        if (features.countries().isEmpty() || stories == null) {
            return Optional.empty();
        }
        List<StoryState> candidates = nearest(stories, features.published());
        TermSimilarity report = TermSimilarity.of(features.terms(), frequencies);
        Optional<StoryState> sameTerms = best(candidates, report::cosine, threshold);
        if (sameTerms.isPresent()) {
            return sameTerms;
        }
        return best(
                candidates.stream()
                        .filter(candidate -> !candidate.story().languages().contains(features.language()))
                        .toList(),
                report::sharedCosine,
                crossLanguageThreshold);
    }

    /**
     * At most {@link #MAX_CANDIDATES} stories whose first report was published within the window of {@code published},
     * nearest first (ties: the earlier, then by id).
     */
    private List<StoryState> nearest(NavigableMap<Long, TreeSet<String>> stories, long published) {
        Iterator<Map.Entry<Long, TreeSet<String>>> before = stories.subMap(published - window, true, published, false)
                .descendingMap()
                .entrySet()
                .iterator();
        Iterator<Map.Entry<Long, TreeSet<String>>> after = stories.subMap(published, true, published + window, true)
                .entrySet()
                .iterator();
        Map.Entry<Long, TreeSet<String>> earlier = before.hasNext() ? before.next() : null;
        Map.Entry<Long, TreeSet<String>> later = after.hasNext() ? after.next() : null;
        List<StoryState> nearest = new ArrayList<>();
        while (nearest.size() < MAX_CANDIDATES && (earlier != null || later != null)) {
            boolean takeEarlier =
                    later == null || earlier != null && published - earlier.getKey() <= later.getKey() - published;
            for (String id : (takeEarlier ? earlier : later).getValue()) {
                if (nearest.size() < MAX_CANDIDATES) {
                    nearest.add(byId.get(id));
                }
            }
            if (takeEarlier) {
                earlier = before.hasNext() ? before.next() : null;
            } else {
                later = after.hasNext() ? after.next() : null;
            }
        }
        return nearest;
    }

    private static Optional<StoryState> best(
            List<StoryState> candidates, ToDoubleFunction<StoryState> similarity, double threshold) {
        StoryState best = null;
        double bestSimilarity = threshold;
        for (StoryState candidate : candidates) {
            double value = similarity.applyAsDouble(candidate);
            if (value > bestSimilarity
                    || value == bestSimilarity
                            && (best == null
                                    || candidate
                                                    .story()
                                                    .id()
                                                    .compareTo(best.story().id())
                                            < 0)) {
                best = candidate;
                bestSimilarity = value;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Writes {@code story}, new or grown, to the store and the memory, with its vector's lengths weighed by the
     * frequencies as they stand (stored with it, so that a restart compares as the running task did).
     */
    public void put(StoryState story) {
        deleteRestoredOverBounds();
        StoryState previous = byId.get(story.story().id());
        if (previous != null) {
            release(previous);
        }
        frequencies.add(story);
        StoryState weighed = story.weighed(frequencies);
        store.put(weighed.story().id(), weighed);
        index(weighed);
        keepWithinBounds(List.of(byKeyExpiry.get(weighed.key())), this::forget);
    }

    /** Forgets every story whose last report joined before {@code cutoff} (ms). */
    public void expireBefore(long cutoff) {
        deleteRestoredOverBounds();
        while (!byExpiry.isEmpty() && byExpiry.first().seenAt() < cutoff) {
            forget(byExpiry.first());
        }
    }

    /** Forgets {@code story} in the store and the memory. */
    private void forget(StoryState story) {
        release(story);
        store.delete(story.story().id());
    }

    private void hold(StoryState story) {
        index(story);
        frequencies.add(story);
    }

    private void index(StoryState story) {
        String id = story.story().id();
        byId.put(id, story);
        byKey.computeIfAbsent(story.key(), key -> new TreeMap<>())
                .computeIfAbsent(story.anchor(), anchor -> new TreeSet<>())
                .add(id);
        byExpiry.add(story);
        byKeyExpiry
                .computeIfAbsent(story.key(), key -> new TreeSet<>(LAST_JOINED))
                .add(story);
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
        TreeSet<StoryState> ofKey = byKeyExpiry.get(story.key());
        ofKey.remove(story);
        if (ofKey.isEmpty()) {
            byKeyExpiry.remove(story.key());
        }
        frequencies.remove(story);
    }
}
