package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.FeedState;
import io.attache.model.TextSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Polling a sitemap ({@code type: sitemap}) as a feed, over a site served on 127.0.0.1. */
class SitemapPollTest {
    private static final Instant NOW = Instant.parse("2024-12-05T08:00:00Z");
    private static final String XML = "application/xml";

    private final LocalHttpServer server = new LocalHttpServer();
    private final RecordingTarget target = new RecordingTarget();
    private final ExecutorService pageThreads = Executors.newFixedThreadPool(2);
    private final FeedPoller poller = TestPollers.poller(Clock.fixed(NOW, ZoneOffset.UTC), target, pageThreads);

    @AfterEach
    void stop() {
        pageThreads.shutdownNow();
        server.close();
    }

    private FeedConfig sitemap(String path) {
        return FeedConfig.of("valmora-mfa", server.url(path)).asSitemap(Duration.ofDays(2));
    }

    private FeedPoller.Polled poll(FeedConfig source, FeedState state) throws PublishInterruptedException {
        return poller.poll(source, state);
    }

    private FeedPoller.Polled firstPoll(FeedConfig source) throws PublishInterruptedException {
        return poll(source, FeedState.initial(source.id(), source.url().toString()));
    }

    /** A news sitemap listing {@code entries}, each made by {@link #newsUrl}. */
    private static String urlset(String... entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">" + String.join("", entries)
                + "</urlset>";
    }

    private String newsUrl(String path, String title, String published) {
        return "<url><loc>" + server.base() + path + "</loc><news:news><news:publication>"
                + "<news:name>Ministry of Foreign Affairs of Valmora</news:name><news:language>en</news:language>"
                + "</news:publication><news:publication_date>" + published + "</news:publication_date>"
                + "<news:title>" + title + "</news:title></news:news></url>";
    }

    private void article(String path, String title) {
        server.serve(
                path,
                "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                        + "</h1>"
                        + ("<p>The Foreign Minister held talks with her Norland counterpart on trade in farm produce, "
                                        + "the new rail link between the two capitals and cooperation at the United "
                                        + "Nations, and both sides agreed to meet again in the spring.</p>")
                                .repeat(3)
                        + "</article></body></html>",
                "Content-Type",
                "text/html; charset=utf-8");
    }

    @Test
    void eachRecentEntryIsPublishedWithItsSitemapTitleDateAndPageText() throws Exception {
        server.serve(
                "/sitemap.xml",
                urlset(
                        newsUrl("/news/talks", "Foreign Minister meets Norland counterpart", "2024-12-04T10:15:00Z"),
                        newsUrl("/news/old", "An old statement", "2024-11-01T10:00:00Z")),
                "Content-Type",
                XML);
        article("/news/talks", "Foreign Minister meets Norland counterpart");

        FeedPoller.Polled polled = firstPoll(sitemap("/sitemap.xml"));

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(target.articles).hasSize(1);
        Article talks = target.articles.get(0);
        assertThat(talks.title()).isEqualTo("Foreign Minister meets Norland counterpart");
        assertThat(talks.published()).isEqualTo(Instant.parse("2024-12-04T10:15:00Z"));
        assertThat(talks.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(talks.text()).contains("rail link");
        assertThat(server.requestsTo("/news/old")).isZero();
    }

    @Test
    void aSecondPollOfAnUnchangedSitemapPublishesNothing() throws Exception {
        server.serve(
                "/sitemap.xml", urlset(newsUrl("/news/talks", "Talks", "2024-12-04T10:15:00Z")), "Content-Type", XML);
        article("/news/talks", "Talks");
        FeedConfig source = sitemap("/sitemap.xml");
        FeedPoller.Polled first = firstPoll(source);

        FeedPoller.Polled second = poll(source, first.state());

        assertThat(second.result().published()).isZero();
        assertThat(target.articles).hasSize(1);
        assertThat(server.requestsTo("/news/talks")).isEqualTo(1);
    }

    @Test
    void anIndexWithAFailedChildKeepsNoValidatorsSoTheNextPollReadsItAgain() throws Exception {
        server.serve(
                "/sitemap-index.xml",
                "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<sitemap><loc>" + server.base() + "/news.xml</loc><lastmod>2024-12-04</lastmod></sitemap>"
                        + "<sitemap><loc>" + server.base() + "/broken.xml</loc><lastmod>2024-12-04</lastmod></sitemap>"
                        + "</sitemapindex>",
                "Content-Type",
                XML,
                "ETag",
                "\"index-1\"");
        server.serve("/news.xml", urlset(newsUrl("/news/talks", "Talks", "2024-12-04T10:15:00Z")), "Content-Type", XML);
        server.on("/broken.xml", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));
        article("/news/talks", "Talks");

        FeedPoller.Polled polled = firstPoll(sitemap("/sitemap-index.xml"));

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(polled.result().message()).contains(server.base() + "/broken.xml");
        assertThat(target.articles).extracting(Article::title).containsExactly("Talks");
        assertThat(polled.state().etag()).isEmpty();
    }

    @Test
    void aSitemapRobotsTxtDisallowsIsNotFetchedAndItsStatusSaysSo() throws Exception {
        server.serve("/robots.txt", "User-agent: *\nDisallow: /sitemaps/\n", "Content-Type", "text/plain");
        server.serve(
                "/sitemaps/news.xml",
                urlset(newsUrl("/news/talks", "Talks", "2024-12-04T10:15:00Z")),
                "Content-Type",
                XML);

        FeedPoller.Polled polled = firstPoll(sitemap("/sitemaps/news.xml"));

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.DISALLOWED_BY_ROBOTS);
        assertThat(polled.result().message()).contains(server.base() + "/sitemaps/news.xml");
        assertThat(server.requestsTo("/sitemaps/news.xml")).isZero();
    }
}
