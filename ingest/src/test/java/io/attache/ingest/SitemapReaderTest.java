package io.attache.ingest;

import static io.attache.ingest.SampleSitemaps.fetched;
import static io.attache.ingest.SampleSitemaps.newsUrl;
import static io.attache.ingest.SampleSitemaps.url;
import static io.attache.ingest.SampleSitemaps.urlset;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndEntry;
import io.attache.model.Article;
import io.attache.model.LanguageSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
    private static final Instant NOW = Instant.parse("2024-12-04T12:00:00Z");
    private static final String SITE = "https://www.mfa.valmora.example";
    private static final URI SITEMAP_URL = URI.create(SITE + "/sitemaps/news-sitemap.xml");
    private static final Function<URI, FetchResponse> NO_CHILDREN = url -> {
        throw new AssertionError("a sitemap without an index fetched " + url);
    };

    private final SitemapReader reader =
            new SitemapReader(FetchLimits.defaults().maxBytes());

    private SitemapReader.Result read(String body) throws FeedParseException {
        return read(body, SitemapReader.DEFAULT_MAX_AGE);
    }

    private SitemapReader.Result read(String body, Duration maxAge) throws FeedParseException {
        return reader.read(fetched(SITEMAP_URL, body), NOW, maxAge, NO_CHILDREN);
    }

    private static List<String> links(SitemapReader.Result result) {
        return result.parsed().feed().getEntries().stream()
                .map(SyndEntry::getLink)
                .toList();
    }

    private List<Article> articles(String body) throws FeedParseException {
        return new ArticleNormaliser()
                .normalise(
                        FeedConfig.of("valmora-news", SITEMAP_URL), read(body).parsed(), SITEMAP_URL, SITEMAP_URL, NOW);
    }

    private static void assertRefused(ThrowingRead read, FetchOutcome outcome, String... messageParts) {
        assertThatThrownBy(read::run)
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(outcome))
                .hasMessageContainingAll(messageParts);
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void run() throws Exception;
    }

    @Test
    void aUrlsetsLocsBecomeLinksDatedByTheirLastmod() throws Exception {
        List<Article> articles = articles(urlset(url(SITE + "/en/news/1", "2024-12-04T09:30:00Z")));

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo(SITE + "/en/news/1");
            assertThat(a.published()).isEqualTo(Instant.parse("2024-12-04T09:30:00Z"));
            assertThat(a.publishedInferred()).isFalse();
        });
    }

    @Test
    void theNewsExtensionGivesAnArticleItsTitleDateLanguageAndKeywords() throws Exception {
        List<Article> articles = articles(SampleSitemaps.valmora("news-sitemap.xml", SITE));

        assertThat(articles.get(0).title())
                .isEqualTo("Foreign Minister Ilse Marren Meets Her Norland Counterpart in Velna");
        assertThat(articles.get(0).published()).isEqualTo(Instant.parse("2024-12-04T09:15:00Z"));
        assertThat(articles.get(0).categories()).containsExactly("Norland", "bilateral relations", "trade");
        assertThat(articles.get(1).title()).isEqualTo("Déclaration du ministère sur la situation au Sahel");
        assertThat(articles.get(1).language()).isEqualTo("fr");
        assertThat(articles.get(1).languageSource()).isEqualTo(LanguageSource.ENTRY);
    }

    @Test
    void theNewsPublicationsNameIsTheFeedsTitle() throws Exception {
        List<Article> articles = articles(SampleSitemaps.valmora("news-sitemap.xml", SITE));

        assertThat(articles.get(0).feed().title()).isEqualTo("Ministry of Foreign Affairs of Valmora");
    }

    @Test
    void theNewsPublicationDateComesBeforeTheLastmod() throws Exception {
        String url = newsUrl(SITE + "/en/news/1", "2024-12-04T11:00:00Z", "2024-12-03T08:00:00Z");

        assertThat(articles(urlset(url)).get(0).published()).isEqualTo(Instant.parse("2024-12-03T08:00:00Z"));
    }

    @Test
    void anUnreadablePublicationDateFallsBackToTheLastmod() throws Exception {
        String url = newsUrl(SITE + "/en/news/1", "2024-12-04T11:00:00Z", "last Tuesday");

        assertThat(articles(urlset(url)).get(0).published()).isEqualTo(Instant.parse("2024-12-04T11:00:00Z"));
    }

    @Test
    void entriesComeNewestFirstAndUndatedOnesLastInTheirOrder() throws Exception {
        SitemapReader.Result result = read(urlset(
                url(SITE + "/undated-1", ""),
                url(SITE + "/older", "2024-12-03T08:00:00Z"),
                url(SITE + "/undated-2", ""),
                url(SITE + "/newest", "2024-12-04T11:00:00Z")));

        assertThat(links(result))
                .containsExactly(SITE + "/newest", SITE + "/older", SITE + "/undated-1", SITE + "/undated-2");
    }

    @Test
    void entriesOlderThanMaxAgeAreLeftOut() throws Exception {
        SitemapReader.Result result = read(SampleSitemaps.valmora("news-sitemap.xml", SITE));

        assertThat(links(result)).hasSize(4).noneMatch(link -> link.contains("ambassador-to-the-african-union"));
        assertThat(result.summary()).isEqualTo("sitemap, 5 entries, 4 within 2d");
    }

    @Test
    void aLongerMaxAgeKeepsOlderEntries() throws Exception {
        SitemapReader.Result result = read(SampleSitemaps.valmora("news-sitemap.xml", SITE), Duration.ofDays(7));

        assertThat(links(result)).hasSize(5);
        assertThat(result.summary()).isEqualTo("sitemap, 5 entries, 5 within 7d");
    }

    @Test
    void atMostMaxEntriesAreKeptTheNewestOnes() throws Exception {
        int count = SitemapReader.MAX_ENTRIES + 200;
        String[] urls = IntStream.range(0, count)
                .mapToObj(i -> url(
                        SITE + "/news/" + i, NOW.minusSeconds(60L * (count - i)).toString()))
                .toArray(String[]::new);

        SitemapReader.Result result = read(urlset(urls));

        assertThat(links(result)).hasSize(SitemapReader.MAX_ENTRIES).startsWith(SITE + "/news/" + (count - 1));
        assertThat(links(result)).last().isEqualTo(SITE + "/news/200");
        assertThat(result.summary()).endsWith(", newest " + SitemapReader.MAX_ENTRIES + " kept");
    }

    @Test
    void aUrlListedTwiceIsOneEntryDatedByItsNewestListing() throws Exception {
        SitemapReader.Result result = read(urlset(
                url(SITE + "/en/news/1", "2024-12-03T08:00:00Z"), url(SITE + "/en/news/1", "2024-12-04T08:00:00Z")));

        assertThat(result.parsed().feed().getEntries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.getPublishedDate().toInstant())
                        .isEqualTo(Instant.parse("2024-12-04T08:00:00Z")));
    }

    @Test
    void lastmodsInTheShorterW3cFormsAreRead() throws Exception {
        List<Article> articles = articles(urlset(
                url(SITE + "/offset-no-seconds", "2024-12-04T10:00+01:00"),
                url(SITE + "/fraction", "2024-12-04T07:30:00.250Z"),
                url(SITE + "/day", "2024-12-04")));

        assertThat(articles)
                .extracting(Article::published)
                .containsExactly(
                        Instant.parse("2024-12-04T09:00:00Z"),
                        Instant.parse("2024-12-04T07:30:00.250Z"),
                        Instant.parse("2024-12-04T00:00:00Z"));
    }

    @Test
    void aLastmodThatIsNoW3cDateLeavesItsEntryUndatedAndKept() throws Exception {
        SitemapReader.Result result = read(urlset(
                url(SITE + "/relative", "yesterday"),
                url(SITE + "/day-first", "04/12/2024"),
                url(SITE + "/no-zone", "2024-12-04T10:00:00")));

        assertThat(result.parsed().feed().getEntries())
                .hasSize(3)
                .allSatisfy(entry -> assertThat(entry.getPublishedDate()).isNull());
        assertThat(result.summary()).isEqualTo("sitemap, 3 entries, 0 within 2d, 3 undated");
    }

    @Test
    void anUndatedEntryIsPublishedAsFetchedNow() throws Exception {
        Article article = articles(urlset(url(SITE + "/undated", ""))).get(0);

        assertThat(article.published()).isEqualTo(NOW);
        assertThat(article.publishedInferred()).isTrue();
    }

    @Test
    void aTextSitemapListsOneUrlPerLine() throws Exception {
        SitemapReader.Result result = read(SITE + "/en/news/1\n" + SITE + "/en/news/2\n");

        assertThat(links(result)).containsExactly(SITE + "/en/news/1", SITE + "/en/news/2");
    }

    @Test
    void aGzippedSitemapIsRead() throws Exception {
        byte[] body = SampleSitemaps.gzip(urlset(url(SITE + "/en/news/1", "2024-12-04T09:30:00Z")));

        SitemapReader.Result result = reader.read(fetched(SITEMAP_URL, body), NOW, Duration.ofDays(2), NO_CHILDREN);

        assertThat(links(result)).containsExactly(SITE + "/en/news/1");
    }

    @Test
    void aGzippedSitemapLargerThanTheCapDecompressedIsRefused() {
        String large = urlset(IntStream.range(0, 2_000)
                .mapToObj(i -> url(SITE + "/en/news/" + i, "2024-12-04"))
                .toArray(String[]::new));
        SitemapReader small = new SitemapReader(10_000);

        assertRefused(
                () -> small.read(
                        fetched(SITEMAP_URL, SampleSitemaps.gzip(large)), NOW, Duration.ofDays(2), NO_CHILDREN),
                FetchOutcome.TOO_LARGE,
                SITEMAP_URL.toString(),
                "10000 bytes");
    }

    @Test
    void anHtmlPageIsNotASitemap() {
        assertRefused(
                () -> read("<!DOCTYPE html><html><body><a href=\"/en/news/1\">News</a></body></html>"),
                FetchOutcome.NOT_A_FEED,
                SITEMAP_URL.toString(),
                "HTML page");
    }

    @Test
    void anRssFeedIsNotASitemap() {
        assertRefused(
                () -> read(SampleFeeds.rss(SITE, 2)), FetchOutcome.NOT_A_FEED, SITEMAP_URL.toString(), "RSS or Atom");
    }

    @Test
    void xmlOfAnotherKindIsNotASitemap() {
        assertRefused(
                () -> read("<?xml version=\"1.0\"?><catalog><book/></catalog>"),
                FetchOutcome.NOT_A_FEED,
                SITEMAP_URL.toString(),
                "not a sitemap");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpandedOrRead() {
        String attack = "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + urlset(url(SITE + "/&secret;", ""))
                        .substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".length());

        assertRefused(() -> read(attack), FetchOutcome.DOCTYPE_FORBIDDEN, SITEMAP_URL.toString(), "DOCTYPE");
    }

    @Test
    void brokenXmlIsMalformedXml() {
        assertRefused(
                () -> read(urlset(url(SITE + "/en/news/1", "")).replace("</urlset>", "")),
                FetchOutcome.MALFORMED_XML,
                SITEMAP_URL.toString(),
                "invalid XML");
    }

    @Test
    void maxAgeMustBePositive() {
        assertThatThrownBy(() -> read(urlset(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxAge");
    }
}
