package io.attache.bench.enrich.banded;

/**
 * An article's fingerprint as it travels to the band index and is kept there.
 *
 * @param articleId   the article's id
 * @param revision    the article's revision (the pending entry it answers for)
 * @param simhash     64-bit SimHash of title and text
 * @param contentHash the article's content hash, to tell exact copies from near ones
 * @param timestamp   stream time (ms) when the article was read; entries older than the retention expire
 * @param published   when the article was published (epoch ms): with the id, the order that says which of
 *                    two copies in flight together is the original
 */
public record Fingerprint(
        String articleId, int revision, long simhash, String contentHash, long timestamp, long published) {
    /** True when this article comes before {@code other}: published earlier, or at the same time with a smaller id. */
    public boolean precedes(Fingerprint other) {
        return published != other.published ? published < other.published : articleId.compareTo(other.articleId) < 0;
    }
}
