package io.attache.enrich.story;

import io.attache.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What story assignment holds of one story: the record it publishes, and what later reports are compared with.
 * The value of the story store, keyed by story id.
 *
 * @param story   the record as last published
 * @param key     the countries it is about, joined by {@code -} ({@link StoryFeatures#key()})
 * @param anchor  its first report's publication time (ms): a report joins only within the window of it
 * @param seenAt  stream time (ms) when its last report joined; it is forgotten a window later
 * @param profile its terms with their tallies, bounded to the {@value #MAX_TERMS} found in most reports
 * @param norm    the length of its term vector, weighed when it last changed (0 until it is held)
 * @param sharedNorm the length of the part of that vector every language shares
 */
public record StoryState(
        Story story, String key, long anchor, long seenAt, TermProfile profile, double norm, double sharedNorm) {
    /**
     * Terms a profile keeps: a story of hundreds of reports would otherwise carry every word they used, and every
     * held story's profile is in memory. The labelled story set is grouped alike at 256, 128 and 64 (its stories
     * are small); 128 keeps a long story's vocabulary well past the words most of its reports share.
     */
    static final int MAX_TERMS = 128;

    public StoryState {
        Objects.requireNonNull(profile, "profile");
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
        StoryState empty = new StoryState(story, features.key(), features.published(), seenAt, TermProfile.EMPTY, 0, 0);
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
        return new StoryState(
                next, key, anchor, Math.max(this.seenAt, seenAt), profile.plus(features.terms(), MAX_TERMS), 0, 0);
    }

    /** This story with the lengths of its vector weighed by {@code frequencies}. */
    StoryState weighed(DocumentFrequencies frequencies) {
        return new StoryState(
                story,
                key,
                anchor,
                seenAt,
                profile,
                TermSimilarity.norm(profile, frequencies, term -> true),
                TermSimilarity.norm(profile, frequencies, StoryTerms::languageIndependent));
    }

    private static <T> List<T> listed(List<T> values, T value) {
        if (values.size() >= Story.MAX_LISTED || values.contains(value)) {
            return values;
        }
        List<T> more = new ArrayList<>(values);
        more.add(value);
        return more;
    }
}
