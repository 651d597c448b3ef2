package io.attache.ingest;

import java.net.URI;

/**
 * Fetches web pages (listing pages and the article pages entries link to) only where the site's robots.txt
 * lets us; a refused page is a failed response never sent, classed as disallowed_by_robots or
 * robots_unavailable. Feeds are not held to robots.txt: a person subscribed to them, as in any feed reader.
 */
final class PageFetcher {
    private final FeedFetcher fetcher;
    private final RobotsTxt robots;

    PageFetcher(FeedFetcher fetcher, RobotsTxt robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    /** A listing's first page, conditionally when validators are given (empty strings for none). */
    FetchResponse fetchListing(URI url, String etag, String lastModified) {
        return robots.refusal(url).orElseGet(() -> fetcher.fetchListing(url, etag, lastModified));
    }

    /** A sitemap, conditionally when validators are given (empty strings for none), or one of its children. */
    FetchResponse fetchSitemap(URI url, String etag, String lastModified) {
        return robots.refusal(url).orElseGet(() -> fetcher.fetchFeed(url, etag, lastModified));
    }

    /** Any other page, unconditionally. */
    FetchResponse fetchPage(URI url) {
        return robots.refusal(url).orElseGet(() -> fetcher.fetchPage(url));
    }
}
