package io.attache.model;

import static io.attache.model.Fields.orEmpty;
import static io.attache.model.Fields.required;

/**
 * The feed an article came from, as configured by the user and as the feed names itself.
 *
 * @param id        the feed's configured id, unique in the feeds file
 * @param url       the feed's effective URL (after permanent redirects)
 * @param title     the feed's own title, empty when it gives none
 * @param publisher who publishes the feed (e.g. "Ministry of Foreign Affairs of the PRC"), empty when unknown
 * @param country   ISO 3166-1 alpha-3 code of the issuing government, empty when unknown
 * @param sourceType what kind of source the feed is, as configured; {@link SourceType#OTHER} when not
 */
public record FeedRef(String id, String url, String title, String publisher, String country, SourceType sourceType) {
    public FeedRef {
        required("feed.id", id);
        url = orEmpty(url);
        title = orEmpty(title);
        publisher = orEmpty(publisher);
        country = orEmpty(country);
        // Records written before the field existed carry none: their kind was never declared.
        sourceType = sourceType == null ? SourceType.OTHER : sourceType;
    }
}
