package io.attache.app.view;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.FeedRef;
import io.attache.model.ThemeTag;
import java.time.Instant;
import java.util.List;

/**
 * One article as a list on the page shows it.
 *
 * @param id         the article id, for {@code /api/article?id=}
 * @param title      the title as the feed gave it (untrusted text)
 * @param published  when it was published
 * @param feedId     the feed it came from
 * @param publisher  the feed's publisher, else its title, else its id
 * @param sourceType the feed's kind of source
 * @param language   the article's language tag, empty when unknown
 * @param pairs      its dyad keys, best first
 * @param themes     its theme ids, best first
 * @param storyId    the story it reports, empty when none is known
 */
public record ArticleLine(
        String id,
        String title,
        Instant published,
        String feedId,
        String publisher,
        String sourceType,
        String language,
        List<String> pairs,
        List<String> themes,
        String storyId) {

    static ArticleLine of(EnrichedArticle enriched) {
        FeedRef feed = enriched.article().feed();
        return new ArticleLine(
                enriched.article().id(),
                enriched.article().title(),
                enriched.article().published(),
                feed.id(),
                publisher(feed),
                feed.sourceType().id(),
                enriched.article().language(),
                enriched.dyads().stream().map(Dyad::key).toList(),
                enriched.themes().stream().map(ThemeTag::id).toList(),
                enriched.storyId());
    }

    /** Who a reader would say published the feed: its publisher, else its own title, else its id. */
    static String publisher(FeedRef feed) {
        return !feed.publisher().isEmpty() ? feed.publisher() : !feed.title().isEmpty() ? feed.title() : feed.id();
    }
}
