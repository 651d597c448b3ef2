package io.attache.enrich.dedupe;

import io.attache.model.Article;

/**
 * An article that is not an exact repeat, with its place among the texts seen under its id: what the revision
 * tracker hands on to be tagged and checked for near duplicates.
 *
 * @param article    the article
 * @param revision   0 for the first text seen under its id, then 1, 2, ... for each changed text
 * @param revisionOf the id it revises, empty for revision 0
 */
public record ArticleRevision(Article article, int revision, String revisionOf) {
    public ArticleRevision {
        revisionOf = revisionOf == null ? "" : revisionOf;
    }
}
