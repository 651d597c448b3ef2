package io.attache.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a source is read, the feeds-file key {@code type}. Each kind has its own reader turning what the source's
 * URL serves into a {@link ParsedFeed}, so everything after reading (normalising, seen entries, full text) is
 * the same for every kind.
 */
public enum SourceKind {
    /** RSS, Atom or JSON Feed, the format detected from the body (the default). */
    FEED,
    /** An HTML listing page whose article links are picked by CSS selectors ({@link ListingSelectors}). */
    HTML,
    /** A sitemap or sitemap index, news extension included, read by {@link SitemapReader}. */
    SITEMAP;

    /** The name used in the feeds file, e.g. {@code html}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}; the message lists the valid names. */
    public static SourceKind of(String id) {
        return Arrays.stream(values())
                .filter(kind -> kind.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a source type (expected one of "
                        + Arrays.stream(values()).map(SourceKind::id).collect(Collectors.joining(", ")) + ")"));
    }
}
