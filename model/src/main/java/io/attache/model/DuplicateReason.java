package io.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why an article was dropped as a duplicate. */
public enum DuplicateReason {
    /** Same article id (canonical URL) and the same content hash as one already enriched. */
    @JsonProperty("same_url")
    SAME_URL,
    /** A different URL carrying exactly the same normalised text. */
    @JsonProperty("same_content")
    SAME_CONTENT,
    /** A syndicated copy with small edits: SimHash within the configured Hamming distance. */
    @JsonProperty("near_duplicate")
    NEAR_DUPLICATE
}
