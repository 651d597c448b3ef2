package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.FeedState;
import io.attache.model.TextSource;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Polling an HTML listing page ({@code type: html}) as a feed, over a site served on 127.0.0.1. */
class ListingPollTest {
    private static final Instant NOW = Instant.parse("2024-12-10T08:00:00Z");
    private static final String HTML = "text/html; charset=utf-8";

    private final LocalHttpServer server = new LocalHttpServer();
    private final RecordingTarget target = new RecordingTarget();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ExecutorService pageThreads = Executors.newFixedThreadPool(2);
    private final FeedPoller poller = poller();

    @AfterEach
    void stop() {
        pageThreads.shutdownNow();
        server.close();
    }

    private FeedPoller poller() {
        return TestPollers.poller(clock, target, pageThreads);
    }

    private FeedConfig listing(ListingSelectors selectors) {
        return FeedConfig.of("mfa", server.url("/news/")).withListing(selectors);
    }

    private FeedPoller.Polled poll(FeedConfig source) throws PublishInterruptedException {
        return poller.poll(source, FeedState.initial(source.id(), source.url().toString()));
    }

    /** Serves a listing page at {@code path} whose body, after a navigation bar, is {@code body}. */
    private void listingPage(String path, String body) {
        server.serve(path, page(body), "Content-Type", HTML);
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>News</title></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/about/\">About</a></nav>" + body + "</body></html>";
    }

    /** An article page whose main text Readability finds, headed {@code title}, with {@code head} in its head. */
    private void article(String path, String title, String head) {
        server.serve(
                path,
                "<!DOCTYPE html><html><head><title>" + title + " - Ministry</title>" + head + "</head><body>"
                        + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
                        + ("<p>On 4 December the Foreign Minister held talks with his Cambodian counterpart on the "
                                        + "Fish and Rice Corridor, the Funan Techo Canal and trade in farm produce, "
                                        + "and both sides agreed to deepen the comprehensive strategic partnership.</p>")
                                .repeat(3)
                        + "</article><footer>Copyright</footer></body></html>",
                "Content-Type",
                HTML);
    }

    private Article published(String url) {
        return target.articles.stream()
                .filter(a -> a.url().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing published for " + url + ": " + target.articles));
    }

    @Test
    void everyArticleLinkRelativeOrAbsoluteIsOneArticleAtItsAbsoluteUrl() throws Exception {
        listingPage(
                "/news/",
                "<ul class=\"news\">"
                        + "<li><a href=\"2024/talks.html\">Talks with Cambodia</a></li>"
                        + "<li><a href=\"/news/2024/corridor.html\">Fish and Rice Corridor</a></li>"
                        + "<li><a href=\"" + server.base() + "/news/2024/canal.html\">Funan Techo Canal</a></li>"
                        + "</ul>");

        FeedPoller.Polled polled = poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(target.articles)
                .extracting(Article::url, Article::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                server.base() + "/news/2024/talks.html", "Talks with Cambodia"),
                        org.assertj.core.groups.Tuple.tuple(
                                server.base() + "/news/2024/corridor.html", "Fish and Rice Corridor"),
                        org.assertj.core.groups.Tuple.tuple(
                                server.base() + "/news/2024/canal.html", "Funan Techo Canal"));
    }

    @Test
    void eachNewArticlePageIsFetchedOnceForItsText() throws Exception {
        listingPage("/news/", "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a></li></ul>");
        article("/a/1.html", "Talks", "");

        poll(listing(ListingSelectors.of("ul.news a")));

        Article talks = published(server.base() + "/a/1.html");
        assertThat(talks.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(talks.text()).contains("Fish and Rice Corridor");
        assertThat(server.requestsTo("/a/1.html")).isEqualTo(1);
    }

    @Test
    void nextLinksAreFollowedUpToPagesAndALinkOnSeveralPagesIsOneArticle() throws Exception {
        listingPage(
                "/news/",
                "<ul class=\"news\"><li><a href=\"/a/1.html\">One</a></li><li><a href=\"/a/2.html\">Two</a></li>"
                        + "<li><a href=\"/a/1.html\">One again</a></li></ul><a class=\"next\" href=\"page2.html\">Next</a>");
        listingPage(
                "/news/page2.html",
                "<ul class=\"news\"><li><a href=\"/a/2.html\">Two</a></li><li><a href=\"/a/3.html\">Three</a></li>"
                        + "</ul><a class=\"next\" href=\"page3.html\">Next</a>");
        listingPage("/news/page3.html", "<ul class=\"news\"><li><a href=\"/a/4.html\">Four</a></li></ul>");

        FeedPoller.Polled polled = poll(listing(new ListingSelectors("ul.news a", "a.next", 2, "", "", "")));

        assertThat(target.articles)
                .extracting(Article::url)
                .containsExactly(server.base() + "/a/1.html", server.base() + "/a/2.html", server.base() + "/a/3.html");
        assertThat(server.requestsTo("/news/page3.html")).isZero();
        assertThat(polled.result().message()).contains("2 listing pages", "3 entries, 3 new");
    }

    @Test
    void aListingWhoseSelectorFindsNothingFailsNamingSelectorAndPageAndBacksOff() throws Exception {
        listingPage("/news/", "<div class=\"list\"><a href=\"/a/1.html\">Talks</a></div>");
        FeedConfig source = listing(ListingSelectors.of("ul.news a"));

        FeedPoller.Polled polled = poll(source);

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.SELECTOR_MATCHED_NOTHING);
        assertThat(polled.result().message())
                .contains("'ul.news a'", server.url("/news/").toString());
        assertThat(polled.state().consecutiveFailures()).isEqualTo(1);
        assertThat(polled.state().lastOutcome()).isEqualTo("selector_matched_nothing");
        assertThat(polled.state().nextPoll()).isAfter(NOW);
        assertThat(target.articles).isEmpty();
    }

    @Test
    void aSecondPollPublishesNothingNewAndFetchesNoArticlePageAgain() throws Exception {
        listingPage("/news/", "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a></li></ul>");
        article("/a/1.html", "Talks", "");
        FeedConfig source = listing(ListingSelectors.of("ul.news a"));

        FeedPoller.Polled first = poll(source);
        FeedPoller.Polled second = poller.poll(source, first.state());

        assertThat(second.result().published()).isZero();
        assertThat(target.articles).hasSize(1);
        assertThat(server.requestsTo("/a/1.html")).isEqualTo(1);
    }

    @Test
    void aRestartFromTheSavedStateFetchesNoArticlePageAgain() throws Exception {
        listingPage("/news/", "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a></li></ul>");
        article("/a/1.html", "Talks", "");
        FeedConfig source = listing(ListingSelectors.of("ul.news a"));
        poll(source);
        FeedState saved = target.states.get(target.states.size() - 1);

        FeedPoller.Polled afterRestart = poller().poll(source, saved);

        assertThat(afterRestart.result().published()).isZero();
        assertThat(server.requestsTo("/a/1.html")).isEqualTo(1);
    }

    @Test
    void aListingRobotsTxtDisallowsIsNotFetchedAndItsStatusSaysSo() throws Exception {
        server.serve("/robots.txt", "User-agent: *\nDisallow: /news/\n", "Content-Type", "text/plain");
        listingPage("/news/", "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a></li></ul>");

        FeedPoller.Polled polled = poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.DISALLOWED_BY_ROBOTS);
        assertThat(polled.result().message()).contains(server.url("/news/").toString());
        assertThat(polled.state().consecutiveFailures()).isEqualTo(1);
        assertThat(server.requestsTo("/news/")).isZero();
    }

    @Test
    void anArticlePageRobotsTxtDisallowsIsNotFetchedAndThePollSaysSo() throws Exception {
        server.serve("/robots.txt", "User-agent: *\nDisallow: /internal/\n", "Content-Type", "text/plain");
        listingPage(
                "/news/",
                "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a></li>"
                        + "<li><a href=\"/internal/memo.html\">Internal memo</a></li></ul>");
        article("/a/1.html", "Talks", "");
        article("/internal/memo.html", "Internal memo", "");

        FeedPoller.Polled polled = poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(server.requestsTo("/internal/memo.html")).isZero();
        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(polled.result().message()).contains("robots.txt disallows " + server.url("/internal/memo.html"));
        assertThat(published(server.base() + "/internal/memo.html").textSource())
                .isEqualTo(TextSource.FEED);
        assertThat(published(server.base() + "/a/1.html").textSource()).isEqualTo(TextSource.PAGE);
    }

    @Test
    void aNextPageRobotsTxtDisallowsIsNotFetched() throws Exception {
        server.serve("/robots.txt", "User-agent: *\nDisallow: /news/archive/\n", "Content-Type", "text/plain");
        listingPage(
                "/news/",
                "<ul class=\"news\"><li><a href=\"/a/1.html\">One</a></li></ul>"
                        + "<a class=\"next\" href=\"/news/archive/2.html\">Next</a>");
        listingPage("/news/archive/2.html", "<ul class=\"news\"><li><a href=\"/a/2.html\">Two</a></li></ul>");

        FeedPoller.Polled polled = poll(listing(new ListingSelectors("ul.news a", "a.next", 2, "", "", "")));

        assertThat(server.requestsTo("/news/archive/2.html")).isZero();
        assertThat(polled.result().message()).contains("page 2 not read (disallowed_by_robots");
        assertThat(target.articles).extracting(Article::url).containsExactly(server.base() + "/a/1.html");
    }

    @Test
    void aGbkListingDeclaredInAMetaTagIsDecoded() throws Exception {
        String body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>外交部</title></head><body><ul class=\"news\"><li><a href=\"/a/1.html\">王毅同柬埔寨副首相会谈</a>"
                + "</li></ul></body></html>";
        server.on(
                "/news/",
                exchange -> LocalHttpServer.send(
                        exchange, 200, body.getBytes(Charset.forName("GBK")), "Content-Type", "text/html"));

        poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(published(server.base() + "/a/1.html").title()).isEqualTo("王毅同柬埔寨副首相会谈");
    }

    @Test
    void aWindows1251ListingNamedInContentTypeIsDecoded() throws Exception {
        String body = "<html><body><ul class=\"news\"><li><a href=\"/a/1.html\">Лавров провел переговоры с Сохонном</a>"
                + "</li></ul></body></html>";
        server.on(
                "/news/",
                exchange -> LocalHttpServer.send(
                        exchange,
                        200,
                        body.getBytes(Charset.forName("windows-1251")),
                        "Content-Type",
                        "text/html; charset=windows-1251"));

        poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(published(server.base() + "/a/1.html").title()).isEqualTo("Лавров провел переговоры с Сохонном");
    }

    @Test
    void titleAndDateAreReadInsideEachLinksItem() throws Exception {
        listingPage(
                "/news/",
                "<table class=\"news\">"
                        + "<tr><td><h3>Talks with Cambodia</h3></td><td>2024-12-04</td><td><a href=\"/a/1.html\">Read more</a></td></tr>"
                        + "<tr><td><h3>Visit to Laos</h3></td><td>2024年12月3日</td><td><a href=\"/a/2.html\">Read more</a></td></tr>"
                        + "</table>");

        poll(listing(new ListingSelectors("table.news a", "", 1, "h3", "td:eq(1)", "")));

        assertThat(published(server.base() + "/a/1.html").title()).isEqualTo("Talks with Cambodia");
        assertThat(published(server.base() + "/a/1.html").published()).isEqualTo(Instant.parse("2024-12-04T00:00:00Z"));
        assertThat(published(server.base() + "/a/2.html").title()).isEqualTo("Visit to Laos");
        assertThat(published(server.base() + "/a/2.html").published()).isEqualTo(Instant.parse("2024-12-03T00:00:00Z"));
    }

    @Test
    void aListingDateIsReadWithItsDateFormat() throws Exception {
        listingPage(
                "/news/",
                "<ul class=\"news\"><li><a href=\"/a/1.html\">Talks</a> <span class=\"date\">04/12/2024</span></li></ul>");

        poll(listing(new ListingSelectors("ul.news a", "", 1, "", "span.date", "dd/MM/yyyy")));

        Article talks = published(server.base() + "/a/1.html");
        assertThat(talks.published()).isEqualTo(Instant.parse("2024-12-04T00:00:00Z"));
        assertThat(talks.publishedInferred()).isFalse();
    }

    @Test
    void withoutADateOnTheListingTheArticlePagesMetaTagsGiveIt() throws Exception {
        listingPage(
                "/news/",
                "<ul class=\"news\"><li><a href=\"/a/1.html\">One</a></li><li><a href=\"/a/2.html\">Two</a></li>"
                        + "<li><a href=\"/a/3.html\">Three</a></li></ul>");
        article("/a/1.html", "One", "<meta property=\"article:published_time\" content=\"2024-12-04T10:30:00+08:00\">");
        article("/a/2.html", "Two", "<meta name=\"PubDate\" content=\"2024-12-03 09:00\">");
        server.serve(
                "/a/3.html",
                "<html><body><article><h1>Three</h1><time datetime=\"2024-12-02\">2 December</time>"
                        + "<p>The two ministers met in Vientiane to review the railway and the power grid link.</p>"
                        + "</article></body></html>",
                "Content-Type",
                HTML);

        poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(published(server.base() + "/a/1.html").published()).isEqualTo(Instant.parse("2024-12-04T02:30:00Z"));
        assertThat(published(server.base() + "/a/2.html").published()).isEqualTo(Instant.parse("2024-12-03T09:00:00Z"));
        assertThat(published(server.base() + "/a/3.html").published()).isEqualTo(Instant.parse("2024-12-02T00:00:00Z"));
        assertThat(published(server.base() + "/a/1.html").publishedInferred()).isFalse();
    }

    @Test
    void aLinkWithoutTextTakesItsArticlePagesHeadline() throws Exception {
        listingPage("/news/", "<ul class=\"news\"><li><a href=\"/a/1.html\"><img src=\"/p.jpg\"></a></li></ul>");
        article("/a/1.html", "Talks with Cambodia", "<meta property=\"og:title\" content=\"Wang Yi Holds Talks\">");

        poll(listing(ListingSelectors.of("ul.news a")));

        assertThat(published(server.base() + "/a/1.html").title()).isEqualTo("Wang Yi Holds Talks");
    }
}
