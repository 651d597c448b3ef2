package io.attache.model;

import static io.attache.model.Fields.required;

import java.time.Instant;

/**
 * A dropped duplicate: the value of {@code news.duplicates}, keyed by the dropped article's id.
 *
 * @param schema      version of this record's JSON layout
 * @param article     the article that was dropped
 * @param reason      why it was dropped
 * @param duplicateOf id of the article that reached {@code news.enriched} and this one duplicates
 * @param distance    Hamming distance between the two SimHashes (0 for exact duplicates)
 * @param detectedAt  when the duplicate was detected
 */
public record DuplicateNotice(
        int schema, Article article, DuplicateReason reason, String duplicateOf, int distance, Instant detectedAt) {

    /** The layout version this code writes. */
    public static final int SCHEMA = 1;

    public DuplicateNotice {
        required("article", article);
        required("reason", reason);
        required("duplicateOf", duplicateOf);
        required("detectedAt", detectedAt);
    }
}
