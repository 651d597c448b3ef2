package io.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an article's text came from. */
public enum TextSource {
    /** The feed entry's own content or description. */
    @JsonProperty("feed")
    FEED,
    /** The main text extracted from the entry's web page (feeds configured with {@code fullText: true}). */
    @JsonProperty("page")
    PAGE
}
