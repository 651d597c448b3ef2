package io.attache.app.view;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.FeedState;
import io.attache.model.Story;
import io.attache.model.ThemeTag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the page shows, held in memory and fed record by record from the topics: the latest enriched articles
 * (at most {@code maxArticles}, the ones read longest ago forgotten first), every feed's fetch state, and the
 * stories (at most as many as articles). Every query answers from one consistent state; thread-safe.
 */
public final class ViewModel {
    private static final Comparator<EnrichedArticle> NEWEST_FIRST = Comparator.comparing(
                    (EnrichedArticle e) -> e.article().published())
            .reversed()
            .thenComparing(e -> e.article().id());
    private static final int DAYS_OF_HEALTH = 7;

    private final int maxArticles;
    private final Clock clock;
    private final LinkedHashMap<String, EnrichedArticle> articles = new LinkedHashMap<>();
    private final Map<String, FeedState> feeds = new TreeMap<>();
    private final LinkedHashMap<String, Story> stories = new LinkedHashMap<>();
    private long version;

    /**
     * @param maxArticles the most enriched articles held (1 or more); as many stories are held at most
     * @param clock       what "the last 7 days" are counted back from
     */
    public ViewModel(int maxArticles, Clock clock) {
        if (maxArticles < 1) {
            throw new IllegalArgumentException("the view must hold at least 1 article, was " + maxArticles);
        }
        this.maxArticles = maxArticles;
        this.clock = clock;
    }

    /** Holds an enriched article; a later revision replaces the one it revises. */
    public synchronized void accept(EnrichedArticle enriched) {
        String id = enriched.article().id();
        articles.remove(enriched.revisionOf());
        articles.remove(id);
        articles.put(id, enriched);
        forgetOldest(articles);
        version++;
    }

    /** Holds a feed's latest fetch state. */
    public synchronized void accept(FeedState state) {
        feeds.put(state.feedId(), state);
        version++;
    }

    /** Forgets a feed's fetch state (a tombstone on the compacted topic). */
    public synchronized void forgetFeed(String feedId) {
        feeds.remove(feedId);
        version++;
    }

    /** Holds a story's latest version. */
    public synchronized void accept(Story story) {
        stories.remove(story.id());
        stories.put(story.id(), story);
        forgetOldest(stories);
        version++;
    }

    /** Counts and the values the filters can take. */
    public synchronized Summary summary() {
        SortedSet<String> pairs = new TreeSet<>();
        SortedSet<String> themes = new TreeSet<>();
        SortedSet<String> countries = new TreeSet<>();
        SortedSet<String> sourceTypes = new TreeSet<>();
        SortedSet<String> languages = new TreeSet<>();
        Instant oldest = Instant.MAX;
        for (EnrichedArticle enriched : articles.values()) {
            enriched.dyads().forEach(dyad -> {
                pairs.add(dyad.key());
                countries.addAll(dyad.countries());
            });
            enriched.themes().forEach(theme -> themes.add(theme.id()));
            sourceTypes.add(enriched.article().feed().sourceType().id());
            if (!enriched.article().language().isEmpty()) {
                languages.add(enriched.article().language());
            }
            oldest = min(oldest, enriched.article().published());
        }
        return new Summary(
                version,
                articles.size(),
                maxArticles,
                feedIds().size(),
                stories.size(),
                articles.isEmpty() ? Instant.EPOCH : oldest,
                List.copyOf(pairs),
                List.copyOf(themes),
                List.copyOf(countries),
                List.copyOf(sourceTypes),
                List.copyOf(languages));
    }

    /** Every feed known, by id: its fetch state and its articles of the last 7 days. */
    public synchronized List<FeedHealth> feedHealth() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, List<EnrichedArticle>> byFeed = new HashMap<>();
        articles.values()
                .forEach(e -> byFeed.computeIfAbsent(e.article().feed().id(), id -> new ArrayList<>())
                        .add(e));
        List<FeedHealth> health = new ArrayList<>();
        for (String feedId : feedIds()) {
            List<EnrichedArticle> held = byFeed.getOrDefault(feedId, List.of());
            SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
            for (int back = DAYS_OF_HEALTH - 1; back >= 0; back--) {
                perDay.put(today.minusDays(back), 0);
            }
            Instant lastPublished = Instant.EPOCH;
            for (EnrichedArticle enriched : held) {
                perDay.computeIfPresent(day(enriched.article().published()), (day, count) -> count + 1);
                lastPublished = max(lastPublished, enriched.article().published());
            }
            Optional<FeedState> state = Optional.ofNullable(feeds.get(feedId));
            health.add(new FeedHealth(
                    feedId,
                    state.map(ViewModel::status).orElse("unknown"),
                    state.map(FeedState::lastSuccess).orElse(Instant.EPOCH),
                    state.map(FeedState::lastAttempt).orElse(Instant.EPOCH),
                    state.map(FeedState::consecutiveFailures).orElse(0),
                    state.map(FeedState::lastOutcome).orElse(""),
                    state.map(FeedState::lastError).orElse(""),
                    held.size(),
                    lastPublished,
                    perDay));
        }
        return health;
    }

    /** Articles per pair and theme published in {@code period}, of those {@code filter} accepts. */
    public synchronized Grid grid(ViewPeriod period, ViewFilter filter) {
        Instant now = clock.instant();
        Map<String, Integer> pairTotals = new HashMap<>();
        Map<String, Map<String, Integer>> cells = new HashMap<>();
        Map<String, Integer> themeTotals = new HashMap<>();
        selected(filter)
                .filter(e -> period.contains(e.article().published(), now))
                .forEach(enriched -> {
                    for (Dyad dyad : enriched.dyads()) {
                        if (!filter.acceptsPair(dyad)) {
                            continue;
                        }
                        pairTotals.merge(dyad.key(), 1, Integer::sum);
                        for (ThemeTag theme : enriched.themes()) {
                            if (filter.acceptsTheme(theme.id())) {
                                cells.computeIfAbsent(dyad.key(), key -> new TreeMap<>())
                                        .merge(theme.id(), 1, Integer::sum);
                                themeTotals.merge(theme.id(), 1, Integer::sum);
                            }
                        }
                    }
                });
        List<Grid.Row> rows = mostFirst(pairTotals).stream()
                .map(pair -> new Grid.Row(pair, pairTotals.get(pair), cells.getOrDefault(pair, Map.of())))
                .toList();
        return new Grid(period.id(), mostFirst(themeTotals), rows);
    }

    /** The pair's articles per day and its latest {@code limit} articles, of those {@code filter} accepts. */
    public synchronized PairTimeline pair(String pair, ViewFilter filter, int limit) {
        List<EnrichedArticle> about = selected(filter)
                .filter(e -> e.dyads().stream().anyMatch(dyad -> dyad.key().equals(pair)))
                .sorted(NEWEST_FIRST)
                .toList();
        SortedMap<LocalDate, Map<String, Integer>> themesPerDay = new TreeMap<>();
        SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
        for (EnrichedArticle enriched : about) {
            LocalDate day = day(enriched.article().published());
            perDay.merge(day, 1, Integer::sum);
            Map<String, Integer> themes = themesPerDay.computeIfAbsent(day, d -> new TreeMap<>());
            enriched.themes().forEach(theme -> themes.merge(theme.id(), 1, Integer::sum));
        }
        List<PairTimeline.Day> days = perDay.entrySet().stream()
                .map(entry -> new PairTimeline.Day(entry.getKey(), entry.getValue(), themesPerDay.get(entry.getKey())))
                .toList();
        return new PairTimeline(pair, days, lines(about.stream(), limit));
    }

    /** The latest {@code limit} articles {@code filter} accepts, newest first. */
    public synchronized List<ArticleLine> latestArticles(ViewFilter filter, int limit) {
        return lines(selected(filter).sorted(NEWEST_FIRST), limit);
    }

    /** The latest {@code limit} stories {@code filter} accepts (by last report), with their reports held. */
    public synchronized List<StoryView> latestStories(ViewFilter filter, int limit) {
        return stories.values().stream()
                .filter(filter::accepts)
                .sorted(Comparator.comparing(Story::lastReportAt).reversed().thenComparing(Story::id))
                .limit(limit)
                .map(story -> new StoryView(
                        story,
                        story.reportIds().stream()
                                .map(articles::get)
                                .filter(e -> e != null)
                                .map(ArticleLine::of)
                                .toList()))
                .toList();
    }

    /** The article with this id, if held. */
    public synchronized Optional<EnrichedArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    private Stream<EnrichedArticle> selected(ViewFilter filter) {
        return articles.values().stream().filter(filter::accepts);
    }

    private SortedSet<String> feedIds() {
        SortedSet<String> ids = new TreeSet<>(feeds.keySet());
        articles.values().forEach(e -> ids.add(e.article().feed().id()));
        return ids;
    }

    private <V> void forgetOldest(LinkedHashMap<String, V> held) {
        Iterator<String> oldestFirst = held.keySet().iterator();
        while (held.size() > maxArticles) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    private static List<ArticleLine> lines(Stream<EnrichedArticle> articles, int limit) {
        return articles.limit(limit).map(ArticleLine::of).toList();
    }

    private static List<String> mostFirst(Map<String, Integer> counts) {
        return counts.keySet().stream()
                .sorted(Comparator.comparing((Function<String, Integer>) counts::get)
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static String status(FeedState state) {
        if (state.consecutiveFailures() > 0) {
            return "failing";
        }
        return state.lastSuccess().equals(Instant.EPOCH) ? "never" : "ok";
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
