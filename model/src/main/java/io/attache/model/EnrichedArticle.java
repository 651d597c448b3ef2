package io.attache.model;

import static io.attache.model.Fields.copyOf;
import static io.attache.model.Fields.orEmpty;
import static io.attache.model.Fields.required;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;

/**
 * A unique article with its tags: the value of {@code news.enriched}, {@code news.theme.*} and
 * {@code news.dyad.*}. In JSON the article's fields stand at the top level beside the enrichment fields,
 * so {@code .title} and {@code .themes} are siblings.
 *
 * @param article    the article as ingested
 * @param revision   0 for the first version of an article id; incremented each time its text changes
 * @param revisionOf the article id this revises, empty for revision 0
 * @param simhash    64-bit SimHash of the article's word shingles, as 16 lower-case hex digits
 * @param dyads      bilateral pairs the article is about, best first
 * @param themes     themes the article is about, best first
 * @param enrichedAt when enrichment ran
 * @param storyId    the story (the event) the article reports, shared by every report of it: the id of the story's
 *                   first report, see {@link Story}; empty only in records written before stories existed
 */
public record EnrichedArticle(
        @JsonUnwrapped Article article,
        int revision,
        String revisionOf,
        String simhash,
        List<Dyad> dyads,
        List<ThemeTag> themes,
        Instant enrichedAt,
        String storyId) {

    public EnrichedArticle {
        required("article", article);
        if (revision < 0) {
            throw new InvalidRecordException("revision", "must be 0 or more, was " + revision);
        }
        revisionOf = orEmpty(revisionOf);
        required("simhash", simhash);
        dyads = copyOf(dyads);
        themes = copyOf(themes);
        required("enrichedAt", enrichedAt);
        storyId = orEmpty(storyId);
    }
}
