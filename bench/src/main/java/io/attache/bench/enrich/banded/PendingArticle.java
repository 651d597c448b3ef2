package io.attache.bench.enrich.banded;

import io.attache.enrich.dedupe.TaggedArticle;
import io.attache.model.EnrichedArticle;

/**
 * A tagged article waiting for the band index's answers: the value of the pending-articles store, keyed by
 * {@link #storeKey(String, int)}. Written once when the article is read and read once when it is decided; the answers
 * so far are counted apart, in an {@link AnswerTally}.
 *
 * @param article   the tagged article, serialised as it will be published
 * @param published when it was published (epoch ms)
 * @param readAt    stream time (ms) of the record it came in: what it carries on, whenever it is decided
 */
public record PendingArticle(TaggedArticle article, long published, long readAt) {
    /** {@code article} ready to wait, with the publication time the band index orders copies by. */
    public static PendingArticle of(TaggedArticle article, long readAt) {
        return new PendingArticle(
                article, article.decode().article().published().toEpochMilli(), readAt);
    }

    /** Revisions of one id can be in flight together, so each has its own entry. */
    public static String storeKey(String articleId, int revision) {
        return articleId + "#" + revision;
    }

    public String articleId() {
        return article.articleId();
    }

    public int revision() {
        return article.revision();
    }

    public Fingerprint fingerprint(long timestamp) {
        return new Fingerprint(
                article.articleId(),
                article.revision(),
                article.simhash(),
                article.contentHash(),
                timestamp,
                published);
    }

    /** The enriched record, decoded: only needed when the article is dropped and its duplicate notice written. */
    public EnrichedArticle decode() {
        return article.decode();
    }
}
