package io.attache.enrich.dedupe;

/**
 * What the copy check reads from its single partition, in the order the articles were read: a tagged article, to be
 * looked up in the fingerprint index, or an exact repeat of an id, whose notice names what became of that id.
 */
public sealed interface CopyCandidate permits TaggedArticle, RepeatedArticle {
    /** The id of the article read. */
    String articleId();
}
