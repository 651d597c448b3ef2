package io.attache.ingest;

import io.attache.model.SourceType;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One feed to watch, as configured in the feeds file or by {@code --feed}.
 *
 * @param id        unique id of the feed, used as the feed-state key and in every log line
 * @param url       where to read it: {@code http(s):} or {@code file:}
 * @param interval  how often to poll it
 * @param publisher who publishes it, empty when unknown
 * @param language  language tag used when the feed names none, empty when unknown
 * @param country   ISO 3166-1 alpha-3 code of the issuing government, empty when unknown
 * @param sourceType what kind of source it is (government, state media, ...), {@link SourceType#OTHER} when not said
 * @param labels    free labels
 * @param fullText  whether to fetch each new entry's page and extract its main text; always on for an HTML
 *                  listing and a sitemap, whose entries have no text of their own
 * @param type      how the source is read: a feed, an HTML listing page or a sitemap
 * @param listing   where the articles are on an HTML listing, {@link ListingSelectors#NONE} for a feed
 * @param maxAge    for a sitemap, how old its newest entries may be to be read (the sitemap lists old pages too);
 *                  unused for other kinds
 */
public record FeedConfig(
        String id,
        URI url,
        Duration interval,
        String publisher,
        String language,
        String country,
        SourceType sourceType,
        List<String> labels,
        boolean fullText,
        SourceKind type,
        ListingSelectors listing,
        Duration maxAge) {

    /** The poll interval when none is configured. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(5);

    public FeedConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        publisher = publisher == null ? "" : publisher;
        language = language == null ? "" : language;
        country = country == null ? "" : country;
        sourceType = sourceType == null ? SourceType.OTHER : sourceType;
        labels = labels == null ? List.of() : List.copyOf(labels);
        type = type == null ? SourceKind.FEED : type;
        listing = listing == null ? ListingSelectors.NONE : listing;
        fullText = fullText || type == SourceKind.HTML || type == SourceKind.SITEMAP;
        maxAge = maxAge == null ? SitemapReader.DEFAULT_MAX_AGE : maxAge;
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("feed " + id + ": maxAge must be positive, was " + maxAge);
        }
        if (type == SourceKind.HTML && listing.links().isEmpty()) {
            throw new IllegalArgumentException("feed " + id + ": an HTML listing needs a links selector");
        }
    }

    /** A feed with only an id and a URL, every other setting at its default. */
    public static FeedConfig of(String id, URI url) {
        return new FeedConfig(
                id,
                url,
                DEFAULT_INTERVAL,
                "",
                "",
                "",
                SourceType.OTHER,
                List.of(),
                false,
                SourceKind.FEED,
                ListingSelectors.NONE,
                SitemapReader.DEFAULT_MAX_AGE);
    }

    /** The same feed with full-text extraction switched on or off. */
    public FeedConfig withFullText(boolean on) {
        return new FeedConfig(
                id, url, interval, publisher, language, country, sourceType, labels, on, type, listing, maxAge);
    }

    /** The same source read as an HTML listing page whose articles {@code selectors} find. */
    public FeedConfig withListing(ListingSelectors selectors) {
        return readAs(SourceKind.HTML, selectors, maxAge);
    }

    /** The same source read as a sitemap, entries older than {@code newest} left out. */
    public FeedConfig asSitemap(Duration newest) {
        return readAs(SourceKind.SITEMAP, ListingSelectors.NONE, newest);
    }

    private FeedConfig readAs(SourceKind kind, ListingSelectors selectors, Duration newest) {
        return new FeedConfig(
                id, url, interval, publisher, language, country, sourceType, labels, fullText, kind, selectors, newest);
    }

    /** The same feed polled every {@code every}. */
    public FeedConfig withInterval(Duration every) {
        return new FeedConfig(
                id, url, every, publisher, language, country, sourceType, labels, fullText, type, listing, maxAge);
    }
}
