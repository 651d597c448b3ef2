package io.attache.ingest;

import static io.attache.ingest.SampleSitemaps.child;
import static io.attache.ingest.SampleSitemaps.index;
import static io.attache.ingest.SampleSitemaps.url;
import static io.attache.ingest.SampleSitemaps.urlset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import io.attache.model.Article;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sitemap indexes, their children served from a local HTTP server and fetched as a poll would fetch them. */
class SitemapIndexTest {
    private static final Instant NOW = Instant.parse("2024-12-04T12:00:00Z");

    private final LocalHttpServer server = new LocalHttpServer();
    private final FeedFetcher fetcher = new FeedFetcher(
            FetchLimits.defaults().withTotalTimeout(Duration.ofSeconds(2)), Clock.fixed(NOW, ZoneOffset.UTC));
    private final SitemapReader reader =
            new SitemapReader(FetchLimits.defaults().maxBytes());

    @AfterEach
    void stop() {
        server.close();
    }

    private SitemapReader.Result readIndex(String body) throws FeedParseException {
        server.serve("/sitemap-index.xml", body, "Content-Type", "application/xml");
        FetchResponse response = fetcher.fetchFeed(server.url("/sitemap-index.xml"), "", "");
        return reader.read(response, NOW, SitemapReader.DEFAULT_MAX_AGE, url -> fetcher.fetchFeed(url, "", ""));
    }

    /** Serves a sitemap of one URL, {@code /news/{name}}, dated {@code date}. */
    private void serveChild(String name, String date) {
        server.serve("/" + name + ".xml", urlset(url(server.base() + "/news/" + name, date)));
    }

    private static List<String> links(SitemapReader.Result result) {
        return result.parsed().feed().getEntries().stream()
                .map(SyndEntry::getLink)
                .toList();
    }

    private List<String> childrenRequested() {
        return server.requests().stream()
                .map(LocalHttpServer.Request::path)
                .filter(path -> !path.equals("/sitemap-index.xml"))
                .toList();
    }

    @Test
    void childSitemapsAreReadNewestFirstByTheirLastmod() throws Exception {
        serveChild("undated", "2024-11-01");
        serveChild("tuesday", "2024-12-03T09:00:00Z");
        serveChild("wednesday", "2024-12-04T09:00:00Z");

        SitemapReader.Result result = readIndex(index(
                child(server.base() + "/tuesday.xml", "2024-12-03T09:00:00Z"),
                child(server.base() + "/undated.xml", ""),
                child(server.base() + "/wednesday.xml", "2024-12-04T09:00:00Z")));

        assertThat(childrenRequested()).containsExactly("/wednesday.xml", "/tuesday.xml", "/undated.xml");
        assertThat(links(result)).containsExactly(server.base() + "/news/wednesday", server.base() + "/news/tuesday");
    }

    @Test
    void childSitemapsLastModifiedBeforeMaxAgeAreNotFetched() throws Exception {
        serveChild("wednesday", "2024-12-04T09:00:00Z");
        serveChild("june", "2024-06-01");

        SitemapReader.Result result = readIndex(index(
                child(server.base() + "/june.xml", "2024-06-01"),
                child(server.base() + "/wednesday.xml", "2024-12-04T09:00:00Z")));

        assertThat(childrenRequested()).containsExactly("/wednesday.xml");
        assertThat(result.summary()).startsWith("sitemap index, 1 of 2 child sitemaps read (1 older than 2d)");
    }

    @Test
    void atMostMaxChildrenAreFetchedPerRead() throws Exception {
        int count = SitemapReader.MAX_CHILDREN + 2;
        IntStream.range(0, count).forEach(i -> serveChild("part-" + i, "2024-12-04"));

        SitemapReader.Result result = readIndex(index(IntStream.range(0, count)
                .mapToObj(i -> child(server.base() + "/part-" + i + ".xml", ""))
                .toArray(String[]::new)));

        assertThat(childrenRequested())
                .hasSize(SitemapReader.MAX_CHILDREN)
                .doesNotContain("/part-10.xml", "/part-11.xml");
        assertThat(result.summary())
                .startsWith("sitemap index, 10 of 12 child sitemaps read (2 over the 10 read per poll)");
    }

    @Test
    void aGzippedChildSitemapIsRead() throws Exception {
        byte[] gzipped = SampleSitemaps.gzip(urlset(url(server.base() + "/news/compressed", "2024-12-04")));
        server.on(
                "/news.xml.gz",
                exchange -> LocalHttpServer.send(exchange, 200, gzipped, "Content-Type", "application/gzip"));

        SitemapReader.Result result = readIndex(index(child(server.base() + "/news.xml.gz", "")));

        assertThat(links(result)).containsExactly(server.base() + "/news/compressed");
    }

    @Test
    void aChildThatCannotBeReadIsNamedAndTheOthersAreStillRead() throws Exception {
        serveChild("good", "2024-12-04T09:00:00Z");
        server.on("/broken.xml", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));
        server.serve("/page.xml", "<!DOCTYPE html><html><body>Not found</body></html>");

        SitemapReader.Result result = readIndex(index(
                child(server.base() + "/broken.xml", ""),
                child(server.base() + "/good.xml", ""),
                child(server.base() + "/page.xml", "")));

        assertThat(links(result)).containsExactly(server.base() + "/news/good");
        assertThat(result.failedChildren())
                .satisfiesExactly(
                        broken -> assertThat(broken).contains(server.base() + "/broken.xml", "http_5xx"),
                        page -> assertThat(page).contains(server.base() + "/page.xml", "HTML page"));
        assertThat(result.summary()).contains("1 of 3 child sitemaps read (2 failed: ");
    }

    @Test
    void whenEveryChildTriedFailsTheReadFailsWithTheFirstOnesOutcome() {
        server.on("/gone.xml", exchange -> LocalHttpServer.send(exchange, 404, new byte[0]));
        server.on("/broken.xml", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));

        assertThatThrownBy(() -> readIndex(index(
                        child(server.base() + "/gone.xml", "2024-12-04T10:00:00Z"),
                        child(server.base() + "/broken.xml", "2024-12-04T09:00:00Z"))))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.HTTP_4XX))
                .hasMessageContaining(server.url("/sitemap-index.xml").toString())
                .hasMessageContaining("none of the 2 child sitemaps");
    }

    @Test
    void anIndexWhoseChildrenAreAllOlderThanMaxAgeGivesNoEntries() throws Exception {
        SitemapReader.Result result = readIndex(index(child(server.base() + "/june.xml", "2024-06-01")));

        assertThat(result.parsed().feed().getEntries()).isEmpty();
        assertThat(childrenRequested()).isEmpty();
    }

    @Test
    void aRemoteIndexCannotMakeAttacheReadLocalFiles() throws Exception {
        serveChild("good", "2024-12-04T09:00:00Z");

        SitemapReader.Result result =
                readIndex(index(child("file:///etc/hostname", ""), child(server.base() + "/good.xml", "")));

        assertThat(result.failedChildren())
                .singleElement()
                .asString()
                .contains("file:/etc/hostname", "must be http(s)");
        assertThat(links(result)).containsExactly(server.base() + "/news/good");
    }

    @Test
    void aSavedIndexReadsItsSavedChildren(@TempDir Path dir) throws Exception {
        Path child =
                Files.writeString(dir.resolve("news.xml"), urlset(url(server.base() + "/news/saved", "2024-12-04")));
        Path saved = Files.writeString(
                dir.resolve("index.xml"), index(child(child.toUri().toString(), "")));

        SitemapReader.Result result = reader.read(
                fetcher.fetchFeed(saved.toUri(), "", ""),
                NOW,
                SitemapReader.DEFAULT_MAX_AGE,
                url -> fetcher.fetchFeed(url, "", ""));

        assertThat(links(result)).containsExactly(server.base() + "/news/saved");
        assertThat(result.failedChildren()).isEmpty();
    }

    @Test
    void anIndexInsideAnIndexIsNotFollowed() throws Exception {
        serveChild("deep", "2024-12-04T09:00:00Z");
        serveChild("good", "2024-12-04T09:00:00Z");
        server.serve("/inner-index.xml", index(child(server.base() + "/deep.xml", "")));

        SitemapReader.Result result =
                readIndex(index(child(server.base() + "/inner-index.xml", ""), child(server.base() + "/good.xml", "")));

        assertThat(result.failedChildren()).singleElement().asString().contains("sitemap index inside a sitemap index");
        assertThat(childrenRequested()).containsExactly("/inner-index.xml", "/good.xml");
    }

    @Test
    void theValmoraMinistrysSitemapsReadAsItsRecentArticles() throws Exception {
        String site = server.base();
        server.serve("/sitemaps/news-sitemap.xml", SampleSitemaps.valmora("news-sitemap.xml", site));
        byte[] statements = SampleSitemaps.gzip(SampleSitemaps.valmora("statements-sitemap.xml", site));
        server.on(
                "/sitemaps/statements-sitemap.xml.gz",
                exchange -> LocalHttpServer.send(exchange, 200, statements, "Content-Type", "application/gzip"));
        server.serve("/sitemaps/pages-sitemap.xml", SampleSitemaps.valmora("pages-sitemap.xml", site));

        SitemapReader.Result result = readIndex(SampleSitemaps.valmora("sitemap-index.xml", site));
        URI indexUrl = server.url("/sitemap-index.xml");
        List<Article> articles = new ArticleNormaliser()
                .normalise(FeedConfig.of("valmora", indexUrl), result.parsed(), indexUrl, indexUrl, NOW);

        assertThat(result.summary())
                .isEqualTo("sitemap index, 2 of 3 child sitemaps read (1 older than 2d), 7 entries, 5 within 2d");
        assertThat(articles)
                .extracting(Article::title)
                .containsExactly(
                        "Joint Statement by Valmora and Norland on Trade and Investment",
                        "Foreign Minister Ilse Marren Meets Her Norland Counterpart in Velna",
                        "Déclaration du ministère sur la situation au Sahel",
                        "Statement on the Outcome of the UN Climate Conference",
                        "Updated Consular Advice for Travellers to the Eastern Region");
        assertThat(articles).extracting(Article::language).containsExactly("en", "en", "fr", "en", "en");
    }
}
