package io.attache.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * The class of a fetch's result: what is counted in metrics, logged, and kept as the feed's last outcome.
 * Every class but {@link #OK} and {@link #NOT_MODIFIED} is a failure that backs the feed off.
 */
public enum FetchOutcome {
    /** Fetched and parsed; its new articles are published. */
    OK,
    /** The server answered 304: nothing new. */
    NOT_MODIFIED,
    /** 4xx other than 429. */
    HTTP_4XX,
    /** 5xx other than 503 with Retry-After. */
    HTTP_5XX,
    /** 429, or 503 with Retry-After: retried no sooner than the server asked. */
    RATE_LIMITED,
    /** Connecting or the whole fetch took longer than allowed. */
    TIMEOUT,
    /** The decompressed body was larger than allowed. */
    TOO_LARGE,
    /**
     * A body that is not RSS, Atom or JSON Feed (e.g. an HTML page); for a sitemap source not a sitemap, for a
     * listing not HTML.
     */
    NOT_A_FEED,
    /** An HTML listing page on which the links selector found no article link: the site's layout changed. */
    SELECTOR_MATCHED_NOTHING,
    /** Broken XML, a truncated body, or broken compression. */
    MALFORMED_XML,
    /** A JSON Feed whose JSON is broken or whose items are not of JSON Feed's shape. */
    MALFORMED_JSON,
    /** The document has a DOCTYPE, refused to rule out entity expansion and external entities. */
    DOCTYPE_FORBIDDEN,
    /** Redirects that come back to a URL already visited. */
    REDIRECT_LOOP,
    /** More redirects than allowed. */
    TOO_MANY_REDIRECTS,
    /** DNS, refused connection, reset, TLS: the server could not be talked to. */
    CONNECTION_FAILED,
    /** The site's robots.txt disallows the URL for our User-Agent: it was not fetched. */
    DISALLOWED_BY_ROBOTS,
    /** The site's robots.txt could not be had (5xx, 429, timeout): nothing there is fetched for now. */
    ROBOTS_UNAVAILABLE,
    /** A local feed file that cannot be read. */
    FILE_UNREADABLE,
    /** A bug met while reading the feed (logged with its stack trace); the feed is retried with backoff. */
    INTERNAL_ERROR,
    /** Kafka did not acknowledge every article before ingest was stopped; the feed is re-fetched next time. */
    PUBLISH_INTERRUPTED;

    /** The lower-case name used in logs, metrics and the feed state, e.g. {@code not_modified}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The length of the longest {@link #label()}, so that tables of outcomes keep their columns. */
    public static int longestLabel() {
        return Arrays.stream(values()).mapToInt(o -> o.name().length()).max().orElse(0);
    }

    /** True for outcomes that count as a success (the feed answered sensibly). */
    public boolean success() {
        return this == OK || this == NOT_MODIFIED;
    }
}
