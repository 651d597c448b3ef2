package io.attache.enrich.story;

import io.attache.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What story assignment holds of one story: the record it publishes, and what later reports are compared with.
 * The value of the story store, keyed by story id.
 *
 * @param story   the record as last published
 * @param key     the countries it is about, joined by {@code -} ({@link StoryFeatures#key()})
 * @param anchor  its first report's publication time (ms): a report joins only within the window of it
 * @param seenAt  stream time (ms) when its last report joined; it is forgotten a window later
 * @param profile its terms, bounded to the {@value #MAX_TERMS} found in most reports
 */
public record StoryState(Story story, String key, long anchor, long seenAt, Map<String, TermTally> profile) {
    /** Terms a profile keeps: a story of hundreds of reports would otherwise carry every word they used. */
    static final int MAX_TERMS = 256;

    public StoryState {
        // A HashMap, not Map.copyOf: its order (and so the order similarities are summed in) is the same in every JVM.
        profile = Collections.unmodifiableMap(new HashMap<>(profile));
    }

    /** A story whose first report is {@code features}, with {@code themes}, read at {@code seenAt}. */
    public static StoryState start(
            String id, String articleId, StoryFeatures features, List<String> themes, long seenAt, Instant now) {
        Instant published = Instant.ofEpochMilli(features.published());
        Story story = new Story(
                Story.SCHEMA,
                id,
                features.countries(),
                Map.of(),
                published,
                published,
                1,
                List.of(),
                List.of(),
                List.of(),
                features.title(),
                List.of(),
                now);
        StoryState empty = new StoryState(story, features.key(), features.published(), seenAt, Map.of());
        return empty.join(articleId, features, themes, seenAt, now, 0);
    }

    /** This story with one more report. */
    public StoryState with(String articleId, StoryFeatures features, List<String> themes, long seenAt, Instant now) {
        return join(articleId, features, themes, seenAt, now, story.reports());
    }

    private StoryState join(
            String articleId, StoryFeatures features, List<String> themes, long seenAt, Instant now, int reports) {
        Map<String, Integer> themeCounts = new HashMap<>(story.themes());
        themes.forEach(theme -> themeCounts.merge(theme, 1, Integer::sum));
        Instant published = Instant.ofEpochMilli(features.published());
        Story next = new Story(
                Story.SCHEMA,
                story.id(),
                story.countries(),
                themeCounts,
                published.isBefore(story.firstReportAt()) ? published : story.firstReportAt(),
                published.isAfter(story.lastReportAt()) ? published : story.lastReportAt(),
                reports + 1,
                listed(story.publishers(), features.publisher()),
                listed(story.sourceTypes(), features.sourceType()),
                listed(story.languages(), features.language()),
                story.headline(),
                listed(story.reportIds(), articleId),
                now);
        Map<String, TermTally> terms = new HashMap<>(profile);
        features.terms()
                .forEach((term, weight) -> terms.merge(term, new TermTally(1, weight), (a, b) -> a.plus(weight)));
        return new StoryState(next, key, anchor, Math.max(this.seenAt, seenAt), bounded(terms));
    }

    private static <T> List<T> listed(List<T> values, T value) {
        if (values.size() >= Story.MAX_LISTED || values.contains(value)) {
            return values;
        }
        List<T> more = new ArrayList<>(values);
        more.add(value);
        return more;
    }

    /** The {@value #MAX_TERMS} terms in most reports (ties: the heavier, then the first in order), all if fewer. */
    private static Map<String, TermTally> bounded(Map<String, TermTally> terms) {
        if (terms.size() <= MAX_TERMS) {
            return terms;
        }
        List<Map.Entry<String, TermTally>> ranked = new ArrayList<>(terms.entrySet());
        ranked.sort(Comparator.comparingInt(
                        (Map.Entry<String, TermTally> e) -> -e.getValue().reports())
                .thenComparingInt(e -> -e.getValue().weight())
                .thenComparing(Map.Entry::getKey));
        Map<String, TermTally> kept = new HashMap<>();
        ranked.subList(0, MAX_TERMS).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }
}
