package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {
    private static final URI PAGE = URI.create("https://mfa.example/en/news/index.html");

    @Test
    void advertisedFeedsAreFoundWithRelativeLinksResolved() {
        String html = """
                <html><head>
                <link rel="alternate" type="application/rss+xml" title="Press releases" href="/en/rss.xml">
                <link rel="alternate" type="application/atom+xml" href="https://mfa.example/atom">
                <link rel="alternate" type="application/feed+json" href="feed.json">
                <link rel="alternate" hreflang="fr" href="/fr/">
                <link rel="stylesheet" type="text/css" href="/site.css">
                </head><body><a href="/en/rss.xml">RSS</a></body></html>""";

        assertThat(FeedDiscovery.find(html, PAGE))
                .containsExactly(
                        new FeedDiscovery.Advertised(
                                URI.create("https://mfa.example/en/rss.xml"), "application/rss+xml", "Press releases"),
                        new FeedDiscovery.Advertised(
                                URI.create("https://mfa.example/atom"), "application/atom+xml", ""),
                        new FeedDiscovery.Advertised(
                                URI.create("https://mfa.example/en/news/feed.json"), "application/feed+json", ""));
    }

    @Test
    void aPageAdvertisingNoFeedGivesNone() {
        assertThat(FeedDiscovery.find("<html><head><title>News</title></head></html>", PAGE))
                .isEmpty();
    }
}
