package io.attache.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What kind of source a feed is, as the user declares it per feed ({@code sourceType} in the feeds file). */
public enum SourceType {
    /** A government, ministry or other state body (a foreign ministry's press releases). */
    @JsonProperty("government")
    GOVERNMENT,
    /** An embassy or consulate. */
    @JsonProperty("embassy")
    EMBASSY,
    /** Media owned or run by a state (Xinhua, NHK, RT). */
    @JsonProperty("state_media")
    STATE_MEDIA,
    /** A news agency (Reuters, AFP, AP). */
    @JsonProperty("news_agency")
    NEWS_AGENCY,
    /** Media independent of any state. */
    @JsonProperty("independent_media")
    INDEPENDENT_MEDIA,
    /** An international organisation (the UN, ASEAN's secretariat). */
    @JsonProperty("international_org")
    INTERNATIONAL_ORG,
    /** Anything else, and feeds whose kind is not declared. */
    @JsonProperty("other")
    OTHER;

    /** The name used in files and records, e.g. {@code state_media}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source type named {@code id} ({@code state_media}); the message lists the valid names. */
    public static SourceType of(String id) {
        return Arrays.stream(values())
                .filter(type -> type.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a source type (expected one of "
                        + Arrays.stream(values()).map(SourceType::id).collect(Collectors.joining(", ")) + ")"));
    }
}
