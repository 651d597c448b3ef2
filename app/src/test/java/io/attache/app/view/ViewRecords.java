package io.attache.app.view;

import io.attache.model.Article;
import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Evidence;
import io.attache.model.FeedRef;
import io.attache.model.FeedState;
import io.attache.model.LanguageSource;
import io.attache.model.SourceType;
import io.attache.model.Story;
import io.attache.model.TextSource;
import io.attache.model.ThemeTag;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Records for the view's tests, built field by field so each test says only what matters to it. */
public final class ViewRecords {
    private ViewRecords() {}

    /**
     * An enriched article with one theme evidence in its title, its pairs as {@code AAA-BBB}.
     *
     * @param feedId the feed's id; it publishes as "Publisher of " + the id
     */
    public static EnrichedArticle article(
            String id,
            String title,
            Instant published,
            String feedId,
            SourceType sourceType,
            String language,
            List<String> pairs,
            List<String> themes) {
        Article article = new Article(
                Article.SCHEMA,
                id,
                "",
                "https://example.org/" + id,
                title,
                "Text of " + id + ".",
                "",
                published,
                false,
                List.of(),
                List.of(),
                language,
                new FeedRef(
                        feedId, "https://example.org/" + feedId + ".xml", "", "Publisher of " + feedId, "", sourceType),
                published,
                "hash-" + id,
                TextSource.FEED,
                LanguageSource.FEED);
        List<Dyad> dyads = pairs.stream()
                .map(pair -> new Dyad(
                        Arrays.asList(pair.split("-")), 0.9, List.of(new Evidence(title, "title", 0, title.length()))))
                .toList();
        List<ThemeTag> tags = themes.stream()
                .map(theme -> new ThemeTag(theme, 0.8, List.of(new Evidence(title, "title", 0, title.length()))))
                .toList();
        return new EnrichedArticle(article, 0, "", "0000000000000000", dyads, tags, published, "");
    }

    /** A government article in English from {@code cn-mfa}. */
    public static EnrichedArticle article(String id, Instant published, List<String> pairs, List<String> themes) {
        return article(id, "Title of " + id, published, "cn-mfa", SourceType.GOVERNMENT, "en", pairs, themes);
    }

    /** A feed's state after {@code failures} failed fetches since its last success at {@code lastSuccess}. */
    public static FeedState feedState(String feedId, Instant lastSuccess, int failures, String lastError) {
        return new FeedState(
                FeedState.SCHEMA,
                feedId,
                "https://example.org/" + feedId + ".xml",
                "https://example.org/" + feedId + ".xml",
                "",
                "",
                lastSuccess,
                lastSuccess,
                failures,
                failures > 0 ? "timeout" : "ok",
                lastError,
                lastSuccess,
                List.of());
    }

    /** A story of the given reports about {@code countries}, last reported at {@code last}. */
    public static Story story(
            String id, List<String> countries, Instant last, String headline, List<String> reportIds) {
        return new Story(
                Story.SCHEMA,
                id,
                countries,
                Map.of("agriculture", reportIds.size()),
                last.minusSeconds(3600),
                last,
                reportIds.size(),
                List.of("Publisher A", "Publisher B"),
                List.of(SourceType.GOVERNMENT, SourceType.NEWS_AGENCY),
                List.of("en"),
                headline,
                reportIds,
                last);
    }
}
