package io.attache.enrich.dedupe;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.ThemeTag;
import java.util.List;

/**
 * A tagged article waiting for the band index's answers: the value of the pending-articles store, keyed by
 * {@link #storeKey(String, int)}. It holds the enriched record already serialised, as it will be published, so a
 * unique article goes out without being decoded or encoded again, and what routing and the band index need
 * beside it. Written once when the article is read and read once when it is decided; the answers so far are
 * counted apart, in an {@link AnswerTally}.
 *
 * @param articleId   the article's id
 * @param revision    its revision
 * @param simhash     its fingerprint
 * @param contentHash its content hash
 * @param published   when it was published (epoch ms)
 * @param readAt      stream time (ms) of the record it came in: what it carries on, whenever it is decided
 * @param themes      ids of its themes, for routing
 * @param dyads       keys ({@code AAA-BBB}) of its dyads, for routing
 * @param enriched    the enriched record as JSON, as published (not copied: never modified)
 */
public record PendingArticle(String articleId, int revision, long simhash, String contentHash, long published, long readAt,
        List<String> themes, List<String> dyads, byte[] enriched) {
    public PendingArticle {
        themes = List.copyOf(themes);
        dyads = List.copyOf(dyads);
    }

    /** {@code article} ready to wait: serialised once, with what routing and the index need. */
    public static PendingArticle of(EnrichedArticle article, long readAt) {
        return new PendingArticle(article.article().id(), article.revision(), Long.parseUnsignedLong(article.simhash(), 16),
                article.article().contentHash(), article.article().published().toEpochMilli(), readAt,
                article.themes().stream().map(ThemeTag::id).toList(), article.dyads().stream().map(Dyad::key).toList(),
                RecordSerdes.enriched().toBytes("pending-articles", article));
    }

    /** Revisions of one id can be in flight together, so each has its own entry. */
    public static String storeKey(String articleId, int revision) {
        return articleId + "#" + revision;
    }

    public Fingerprint fingerprint(long timestamp) {
        return new Fingerprint(articleId, revision, simhash, contentHash, timestamp, published);
    }

    /** The enriched record, decoded: only needed when the article is dropped and its duplicate notice written. */
    public EnrichedArticle decode() {
        return RecordSerdes.enriched().fromBytes("pending-articles", enriched);
    }
}
