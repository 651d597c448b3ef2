package io.attache.enrich.dedupe;

import io.attache.model.Article;

/**
 * An article waiting for the band index's answers: the value of the pending store, keyed by
 * {@link #storeKey(String, int)}.
 *
 * @param article    the article
 * @param revision   its revision
 * @param revisionOf the id it revises, empty for revision 0
 * @param simhash    its fingerprint
 * @param answers    how many of the four bands have answered
 * @param closest    the closest match among the answers so far
 */
public record PendingArticle(Article article, int revision, String revisionOf, long simhash, int answers, BandAnswer closest) {
    /** Revisions of one id can be in flight together, so each has its own entry. */
    public static String storeKey(String articleId, int revision) {
        return articleId + "#" + revision;
    }

    public PendingArticle withAnswer(BandAnswer answer) {
        return new PendingArticle(article, revision, revisionOf, simhash, answers + 1, closest.closer(answer));
    }

    public boolean complete() {
        return answers >= FingerprintBands.BANDS;
    }

    public Fingerprint fingerprint(long timestamp) {
        return new Fingerprint(article.id(), revision, simhash, article.contentHash(), timestamp);
    }
}
