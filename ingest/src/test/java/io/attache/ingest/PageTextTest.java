package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.TextSource;
import io.attache.testkit.ManualClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PageTextTest {
    private static final String ARTICLE_PARAGRAPHS = """
            <p>On 10 January, the Foreign Minister held talks with his Cambodian counterpart in Beijing. The two sides
            reviewed the progress of the comprehensive strategic partnership and agreed to deepen cooperation.</p>
            <p>Both ministers welcomed the Fish and Rice Corridor, which links agricultural production with trade and
            processing, and pledged to expand it to more provinces over the coming years.</p>
            <p>They also exchanged views on regional issues, including maritime cooperation and connectivity across the
            Mekong region, and agreed to keep in close contact.</p>""";
    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Talks with Cambodia</title></head><body>
            <header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/about">About the Ministry</a></nav></header>
            <div class="sidebar"><ul><li><a href="/a">Related: Visit to Laos</a></li><li><a href="/b">Related: Summit</a></li></ul></div>
            <article><h1>Talks with Cambodia</h1>%s</article>
            <section class="comments" id="comments"><h3>Comments</h3><div class="comment">Great news! Visit my shop.</div>
            <form><textarea></textarea><button>Post comment</button></form></section>
            <footer><p>Copyright Ministry of Foreign Affairs. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
            </body></html>""".formatted(ARTICLE_PARAGRAPHS);

    private final LocalHttpServer server = new LocalHttpServer();
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final ManualClock clock = new ManualClock(Instant.parse("2024-01-10T09:00:00Z"));
    private final java.util.concurrent.ExecutorService pageThreads =
            java.util.concurrent.Executors.newFixedThreadPool(2);
    /** Backoff at the low end of its jitter: half the doubled interval (30 s, 60 s, 120 s, ...). */
    private final Backoff backoff = new Backoff(Duration.ofHours(6), () -> 0L);

    private final PageText pageText = new PageText(
            TestPollers.pages(clock), new HostThrottle(2, 2, pageThreads), new PageHostBackoff(backoff, clock));

    @AfterEach
    void stop() {
        pageThreads.shutdownNow();
        server.close();
    }

    private Article headlineOnly(String path) throws FeedParseException {
        String feed = SampleFeeds.wrap(SampleFeeds.item(
                server.base() + path, "Talks with Cambodia", "Talks held.", Instant.parse("2024-01-10T08:00:00Z")));
        ParsedFeed parsed = new FeedParser().parse(feed.getBytes(StandardCharsets.UTF_8), "");
        URI url = server.url("/rss");
        return new ArticleNormaliser()
                .normalise(FeedConfig.of("f", url), parsed, url, url, Instant.now())
                .get(0);
    }

    /** Where the text of each entry, linking to {@code paths} in one poll, came from. */
    private List<TextSource> textSources(String... paths) throws FeedParseException {
        List<Article> entries = new java.util.ArrayList<>();
        for (String path : paths) {
            entries.add(headlineOnly(path));
        }
        return pageText.withPageTexts(entries, INTERVAL).articles().stream()
                .map(Article::textSource)
                .toList();
    }

    @Test
    void extractsTheArticleWithoutNavigationFooterOrComments() throws Exception {
        server.serve("/news/1.html", PAGE, "Content-Type", "text/html; charset=utf-8");

        Article article = pageText.withPageTexts(List.of(headlineOnly("/news/1.html")), INTERVAL)
                .articles()
                .get(0);

        assertThat(article.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(article.text())
                .contains("Fish and Rice Corridor")
                .contains("Mekong region")
                .doesNotContain("About the Ministry", "Related: Visit to Laos", "Visit my shop", "All rights reserved");
        assertThat(article.text().split("\n\n")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(article.summary()).isEqualTo("Talks held.");
        assertThat(article.contentHash()).isEqualTo(ArticleIds.contentHash(article.title(), article.text()));
    }

    @Test
    void keepsTheFeedTextWhenThePageCannotBeFetched() throws Exception {
        server.on("/news/2.html", exchange -> LocalHttpServer.send(exchange, 404, new byte[0]));
        Article original = headlineOnly("/news/2.html");

        Article article =
                pageText.withPageTexts(List.of(original), INTERVAL).articles().get(0);

        assertThat(article).isEqualTo(original);
        assertThat(article.textSource()).isEqualTo(TextSource.FEED);
    }

    @Test
    void keepsTheFeedTextWhenThePageHasNoArticle() throws Exception {
        server.serve("/news/3.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Article original = headlineOnly("/news/3.html");

        assertThat(pageText.withPageTexts(List.of(original), INTERVAL)
                        .articles()
                        .get(0))
                .isEqualTo(original);
    }

    @Test
    void charsetComesFromTheMetaTagWhenTheServerNamesNone() throws Exception {
        String page = PAGE.replace("<head>", "<head><meta charset=\"windows-1251\">")
                .replace("Fish and Rice Corridor", "Рыбно-рисовый коридор");
        server.on(
                "/news/4.html",
                exchange -> LocalHttpServer.send(
                        exchange,
                        200,
                        page.getBytes(java.nio.charset.Charset.forName("windows-1251")),
                        "Content-Type",
                        "text/html"));

        Article article = pageText.withPageTexts(List.of(headlineOnly("/news/4.html")), INTERVAL)
                .articles()
                .get(0);

        assertThat(article.text()).contains("Рыбно-рисовый коридор");
    }

    @Test
    void hostThatRateLimitedAPageIsNotAskedAgainBeforeItsRetryAfterEvenInALaterPoll() throws Exception {
        server.on("/news/5.html", exchange -> LocalHttpServer.send(exchange, 429, new byte[0], "Retry-After", "600"));
        server.serve("/news/6.html", PAGE, "Content-Type", "text/html; charset=utf-8");
        pageText.withPageTexts(List.of(headlineOnly("/news/5.html")), INTERVAL);

        clock.advance(Duration.ofMinutes(9));
        Article during = pageText.withPageTexts(List.of(headlineOnly("/news/6.html")), INTERVAL)
                .articles()
                .get(0);
        clock.advance(Duration.ofMinutes(2));
        Article after = pageText.withPageTexts(List.of(headlineOnly("/news/6.html")), INTERVAL)
                .articles()
                .get(0);

        assertThat(during.textSource()).isEqualTo(TextSource.FEED);
        assertThat(after.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(server.requestsTo("/news/6.html")).isEqualTo(1);
    }

    @Test
    void hostWhosePagesKeepFailingBacksOffLongerEachTime() throws Exception {
        server.on("/news/7.html", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));
        Article entry = headlineOnly("/news/7.html");
        List<Duration> steps = List.of(
                Duration.ZERO,
                Duration.ofSeconds(20),
                Duration.ofSeconds(11),
                Duration.ofSeconds(50),
                Duration.ofSeconds(11));

        List<Long> requestsAfterEachPoll = new java.util.ArrayList<>();
        for (Duration step : steps) {
            clock.advance(step);
            pageText.withPageTexts(List.of(entry), INTERVAL);
            requestsAfterEachPoll.add(server.requestsTo("/news/7.html"));
        }

        // Fails at 0 s (wait 30 s), skipped at 20 s, fails at 31 s (wait 60 s), skipped at 81 s, asked at 92 s.
        assertThat(requestsAfterEachPoll).containsExactly(1L, 1L, 2L, 2L, 3L);
    }

    @Test
    void failingHostKeepsTheFeedTextOfEveryEntryOfThatPoll() throws Exception {
        server.on("/news/8.html", exchange -> LocalHttpServer.send(exchange, 503, new byte[0]));
        server.serve("/news/9.html", PAGE, "Content-Type", "text/html; charset=utf-8");

        assertThat(textSources("/news/8.html", "/news/9.html")).containsExactly(TextSource.FEED, TextSource.FEED);
        assertThat(server.requestsTo("/news/9.html")).isZero();
    }

    @Test
    void aMissingPageDoesNotHoldBackTheOtherPagesOfItsHost() throws Exception {
        server.on("/news/10.html", exchange -> LocalHttpServer.send(exchange, 404, new byte[0]));
        server.serve("/news/11.html", PAGE, "Content-Type", "text/html; charset=utf-8");

        assertThat(textSources("/news/10.html", "/news/11.html")).containsExactly(TextSource.FEED, TextSource.PAGE);
    }
}
