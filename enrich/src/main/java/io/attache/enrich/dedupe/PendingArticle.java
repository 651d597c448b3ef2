package io.attache.enrich.dedupe;

import io.attache.model.Article;

/**
 * An article waiting for the band index's answers: the value of the pending-articles store, keyed by
 * {@link #storeKey(String, int)}. Written once when the article is read and read once when it is decided; the
 * answers so far are counted apart, in an {@link AnswerTally}, so the article is not rewritten per answer.
 *
 * @param article    the article
 * @param revision   its revision
 * @param revisionOf the id it revises, empty for revision 0
 * @param simhash    its fingerprint
 * @param readAt     stream time (ms) of the record it came in: what it carries on, whenever it is decided
 */
public record PendingArticle(Article article, int revision, String revisionOf, long simhash, long readAt) {
    /** Revisions of one id can be in flight together, so each has its own entry. */
    public static String storeKey(String articleId, int revision) {
        return articleId + "#" + revision;
    }

    public Fingerprint fingerprint(long timestamp) {
        return new Fingerprint(article.id(), revision, simhash, article.contentHash(), timestamp, article.published().toEpochMilli());
    }
}
