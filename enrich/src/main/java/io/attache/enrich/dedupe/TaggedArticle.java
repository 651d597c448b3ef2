package io.attache.enrich.dedupe;

import io.attache.enrich.story.StoryFeatures;
import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.ThemeTag;
import java.util.List;

/**
 * A tagged article on its way to the copy check: the enriched record already serialised, as it is published, and
 * beside it what the check and routing need, so a unique article goes out without being decoded or encoded again.
 *
 * @param articleId   the article's id
 * @param revision    its revision
 * @param simhash     its fingerprint
 * @param contentHash its content hash, to tell the same text from a near copy
 * @param themes      ids of its themes, for routing
 * @param dyads       keys ({@code AAA-BBB}) of its dyads, for routing
 * @param story       what story assignment compares it by
 * @param enriched    the enriched record as JSON, as published but for its story id, which story assignment
 *                    writes in (not copied: never modified)
 */
public record TaggedArticle(
        String articleId,
        int revision,
        long simhash,
        String contentHash,
        List<String> themes,
        List<String> dyads,
        StoryFeatures story,
        byte[] enriched)
        implements CopyCandidate {
    public TaggedArticle {
        themes = List.copyOf(themes);
        dyads = List.copyOf(dyads);
    }

    /**
     * {@code article}, which mentions {@code countries} more than incidentally (most first), serialised once, with what
     * the copy check, story assignment and routing need.
     */
    public static TaggedArticle of(EnrichedArticle article, List<String> countries) {
        return new TaggedArticle(
                article.article().id(),
                article.revision(),
                Long.parseUnsignedLong(article.simhash(), 16),
                article.article().contentHash(),
                article.themes().stream().map(ThemeTag::id).toList(),
                article.dyads().stream().map(Dyad::key).toList(),
                StoryFeatures.of(article, countries),
                RecordSerdes.enriched().toBytes("tagged article", article));
    }

    /** This article with its enriched record's bytes replaced: written into a story. */
    public TaggedArticle withEnriched(byte[] bytes) {
        return new TaggedArticle(articleId, revision, simhash, contentHash, themes, dyads, story, bytes);
    }

    /** The enriched record, decoded: only needed when the article is dropped and its duplicate notice written. */
    public EnrichedArticle decode() {
        return RecordSerdes.enriched().fromBytes("tagged article", enriched);
    }
}
