package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.TextSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
    private final FeedFetcher fetcher = new FeedFetcher(FetchLimits.defaults().withTotalTimeout(Duration.ofSeconds(2)),
            Clock.systemUTC());
    private final java.util.concurrent.ExecutorService pageThreads = java.util.concurrent.Executors.newFixedThreadPool(2);
    private final PageText pageText = new PageText(fetcher, new HostThrottle(2, 2, pageThreads));

    @AfterEach
    void stop() {
        pageThreads.shutdownNow();
        server.close();
    }

    private Article headlineOnly(String path) throws FeedParseException {
        String feed = SampleFeeds.wrap(SampleFeeds.item(server.base() + path, "Talks with Cambodia", "Talks held.",
                Instant.parse("2024-01-10T08:00:00Z")));
        ParsedFeed parsed = new FeedParser().parse(feed.getBytes(StandardCharsets.UTF_8), "");
        URI url = server.url("/rss");
        return new ArticleNormaliser().normalise(FeedConfig.of("f", url), parsed, url, url, Instant.now()).get(0);
    }

    @Test
    void extractsTheArticleWithoutNavigationFooterOrComments() throws Exception {
        server.serve("/news/1.html", PAGE, "Content-Type", "text/html; charset=utf-8");

        Article article = pageText.withPageTexts(List.of(headlineOnly("/news/1.html"))).get(0);

        assertThat(article.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(article.text()).contains("Fish and Rice Corridor").contains("Mekong region")
                .doesNotContain("About the Ministry", "Related: Visit to Laos", "Visit my shop", "All rights reserved");
        assertThat(article.text().split("\n\n")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(article.summary()).isEqualTo("Talks held.");
        assertThat(article.contentHash()).isEqualTo(ArticleIds.contentHash(article.title(), article.text()));
    }

    @Test
    void keepsTheFeedTextWhenThePageCannotBeFetched() throws Exception {
        server.on("/news/2.html", exchange -> LocalHttpServer.send(exchange, 404, new byte[0]));
        Article original = headlineOnly("/news/2.html");

        Article article = pageText.withPageTexts(List.of(original)).get(0);

        assertThat(article).isEqualTo(original);
        assertThat(article.textSource()).isEqualTo(TextSource.FEED);
    }

    @Test
    void keepsTheFeedTextWhenThePageHasNoArticle() throws Exception {
        server.serve("/news/3.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Article original = headlineOnly("/news/3.html");

        assertThat(pageText.withPageTexts(List.of(original)).get(0)).isEqualTo(original);
    }

    @Test
    void charsetComesFromTheMetaTagWhenTheServerNamesNone() throws Exception {
        String page = PAGE.replace("<head>", "<head><meta charset=\"windows-1251\">")
                .replace("Fish and Rice Corridor", "Рыбно-рисовый коридор");
        server.on("/news/4.html", exchange -> LocalHttpServer.send(exchange, 200,
                page.getBytes(java.nio.charset.Charset.forName("windows-1251")), "Content-Type", "text/html"));

        Article article = pageText.withPageTexts(List.of(headlineOnly("/news/4.html"))).get(0);

        assertThat(article.text()).contains("Рыбно-рисовый коридор");
    }
}
