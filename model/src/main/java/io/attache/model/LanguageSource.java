package io.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an article's {@code language} came from, most trusted first. */
public enum LanguageSource {
    /** The entry's own language ({@code dc:language} on the item). */
    @JsonProperty("entry")
    ENTRY,
    /** The feed's declared language (RSS {@code language}, {@code dc:language} on the channel). */
    @JsonProperty("feed")
    FEED,
    /** The {@code language} configured for the feed in the feeds file. */
    @JsonProperty("config")
    CONFIG,
    /**
     * Detected from the title and text, when nothing declared a language, or when the declared one is written in
     * another script than the text (a feed declaring {@code en} whose items are in Chinese).
     */
    @JsonProperty("detected")
    DETECTED,
    /** Nothing declared a language and the text was too short or too mixed to tell; {@code language} is empty. */
    @JsonProperty("unknown")
    UNKNOWN
}
