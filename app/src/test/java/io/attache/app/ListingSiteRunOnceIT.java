package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.app.run.EnrichedFiles;
import io.attache.model.Article;
import io.attache.model.EnrichedArticle;
import io.attache.model.TextSource;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache run --once} twice over a ministry site with no feed (a listing page, its next page, article
 * pages, a news sitemap and a robots.txt closing one path) and a JSON Feed, all served on 127.0.0.1: the first
 * run writes every article with its page's text, title and date (of the sitemap, only those within its
 * {@code maxAge}); the second publishes nothing and fetches no article page again; the disallowed page is never
 * fetched, and the summary says so.
 */
class ListingSiteRunOnceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final String HTML = "text/html; charset=utf-8";
    /** Each article page's text: distinct, so that enrich keeps every one (no near-duplicates). */
    private static final Map<String, String> TEXTS = Map.of(
            "Talks with Laos",
            "The two foreign ministers reviewed the China-Laos Railway, new border crossings for farm produce and "
                    + "the training of railway technicians, and agreed to meet again in Vientiane next spring.",
            "Visit to Viet Nam",
            "The Deputy Prime Minister visited Hanoi, where both sides agreed to share data on Mekong water flows, "
                    + "to coordinate closed fishing seasons and to open two more border markets.",
            "Power grid deal",
            "The utilities of both countries signed a memorandum on a 500-kilovolt line that will carry hydropower "
                    + "south in the rainy season and solar power north in the dry season.",
            "Notes",
            "Internal notes.",
            "Statement on the Mekong summit",
            "The ministry welcomed the outcome of the Mekong-Lancang leaders' meeting and its plan for flood "
                    + "warnings shared between the six riparian states before the next monsoon.",
            "Old statement",
            "An old statement on the opening of a consulate, long since read.");
    /** When the sitemap's recent entry was published: the run reads entries of the last two days only. */
    private static final Instant RECENT =
            Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);

    @TempDir
    static Path dir;

    private static ServedSite site;
    private static InProcessRunOnce first;
    private static InProcessRunOnce second;
    private static List<EnrichedArticle> enriched;

    @BeforeAll
    static void runTwiceOverTheSite() throws Exception {
        Map<String, String[]> pages = new HashMap<>(Map.of(
                "/robots.txt", new String[] {"text/plain", "User-agent: *\nDisallow: /internal/\n"},
                "/news/",
                        new String[] {
                            HTML,
                            listing(
                                    "<li><span class=\"date\">2026-11-19</span><a href=\"/news/talks.html\">Talks with Laos</a></li>"
                                            + "<li><span class=\"date\">2026年11月18日</span><a href=\"/internal/notes.html\">Notes</a></li>"
                                            + "<li><a href=\"${base}/news/visit.html\">Visit to Viet Nam</a></li>",
                                    "<a class=\"next\" href=\"page-2.html\">Next</a>")
                        },
                "/news/page-2.html",
                        new String[] {
                            HTML,
                            listing(
                                    "<li><a href=\"talks.html\">Talks with Laos</a></li>"
                                            + "<li><span class=\"date\">2026-11-10</span><a href=\"grid.html\">Power grid deal</a></li>",
                                    "")
                        },
                "/news/talks.html", new String[] {HTML, article("Talks with Laos", "")},
                "/news/visit.html",
                        new String[] {
                            HTML,
                            article(
                                    "Visit to Viet Nam",
                                    "<meta property=\"article:published_time\" content=\"2026-11-15T09:30:00Z\">")
                        },
                "/news/grid.html", new String[] {HTML, article("Power grid deal", "")},
                "/internal/notes.html", new String[] {HTML, article("Notes", "")},
                "/feed.json", new String[] {"application/feed+json", """
                        {"version": "https://jsonfeed.org/version/1.1", "title": "Embassy news",
                         "items": [{"id": "e1", "url": "${base}/embassy/e1.html", "title": "Embassy hosts trade fair",
                                    "content_html": "<p>The embassy hosted a trade fair for Cambodian rice and cashews.</p>",
                                    "date_published": "2026-11-12T08:00:00Z"}]}
                        """}));
        pages.putAll(Map.of(
                "/sitemap-news.xml", new String[] {"application/xml", newsSitemap()},
                "/statements/mekong.html", new String[] {HTML, article("Statement on the Mekong summit", "")},
                "/statements/old.html", new String[] {HTML, article("Old statement", "")}));
        site = new ServedSite(pages);
        Path feeds = Files.writeString(dir.resolve("feeds.yaml"), """
                feeds:
                  - id: ministry
                    url: %1$s/news/
                    type: html
                    links: ul.news a
                    next: a.next
                    pages: 2
                    date: span.date
                    language: en
                  - id: embassy
                    url: %1$s/feed.json
                    language: en
                  - id: statements
                    url: %1$s/sitemap-news.xml
                    type: sitemap
                    maxAge: 2d
                """.formatted(site.base()));
        String prefix = KAFKA.uniqueName("listing");
        first = InProcessRunOnce.run(KAFKA.bootstrapServers(), prefix, dir, "--feeds", feeds.toString());
        second = InProcessRunOnce.run(KAFKA.bootstrapServers(), prefix, dir, "--feeds", feeds.toString());
        enriched = EnrichedFiles.read(dir.resolve("out"), new Topics(prefix).enriched());
    }

    @AfterAll
    static void stop() {
        System.out.println(first.summary() + "\n" + second.summary());
        site.close();
    }

    private static String listing(String items, String next) {
        return "<html lang=\"en\"><head><title>Ministry news</title></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<ul class=\"news\">" + items + "</ul>" + next + "</body></html>";
    }

    private static String newsSitemap() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + sitemapEntry("/statements/mekong.html", "Statement on the Mekong summit", RECENT)
                + sitemapEntry("/statements/old.html", "Old statement", RECENT.minus(Duration.ofDays(10)))
                + "</urlset>";
    }

    private static String sitemapEntry(String path, String title, Instant published) {
        return "<url><loc>${base}" + path + "</loc><news:news><news:publication><news:name>Ministry</news:name>"
                + "<news:language>en</news:language></news:publication><news:publication_date>" + published
                + "</news:publication_date><news:title>" + title + "</news:title></news:news></url>";
    }

    private static String article(String title, String head) {
        return "<html><head><title>" + title + "</title>" + head + "</head><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><h1>" + title + "</h1>" + ("<p>" + TEXTS.get(title) + "</p>").repeat(3)
                + "</article></body></html>";
    }

    private static Article written(String path) {
        return enriched.stream()
                .map(EnrichedArticle::article)
                .filter(a -> a.url().equals(site.base() + path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no enriched article for " + path));
    }

    @Test
    void everyArticleOfTheListingAndTheJsonFeedIsWritten() {
        assertThat(first.exitCode()).isZero();
        assertThat(enriched)
                .extracting(e -> e.article().url())
                .containsExactlyInAnyOrder(
                        site.base() + "/news/talks.html",
                        site.base() + "/news/visit.html",
                        site.base() + "/news/grid.html",
                        site.base() + "/internal/notes.html",
                        site.base() + "/embassy/e1.html",
                        site.base() + "/statements/mekong.html");
    }

    @Test
    void sitemapArticlesCarryTheirPagesTextAndTheSitemapsTitleAndDate() {
        Article statement = written("/statements/mekong.html");

        assertThat(statement.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(statement.text()).contains("flood warnings");
        assertThat(statement.title()).isEqualTo("Statement on the Mekong summit");
        assertThat(statement.published()).isEqualTo(RECENT);
        assertThat(site.requestsTo("/statements/old.html")).isZero();
    }

    @Test
    void listingArticlesCarryTheirPagesTextTitleAndDate() {
        Article talks = written("/news/talks.html");
        Article visit = written("/news/visit.html");

        assertThat(talks.textSource()).isEqualTo(TextSource.PAGE);
        assertThat(talks.text()).contains("training of railway technicians");
        assertThat(talks.title()).isEqualTo("Talks with Laos");
        assertThat(talks.published()).isEqualTo(Instant.parse("2026-11-19T00:00:00Z"));
        assertThat(visit.published()).isEqualTo(Instant.parse("2026-11-15T09:30:00Z"));
        assertThat(written("/embassy/e1.html").published()).isEqualTo(Instant.parse("2026-11-12T08:00:00Z"));
    }

    @Test
    void theDisallowedPageIsNeverFetchedAndTheSummarySaysSo() {
        assertThat(site.requestsTo("/internal/notes.html")).isZero();
        assertThat(first.summary()).contains("robots.txt disallows " + site.base() + "/internal/notes.html");
        assertThat(written("/internal/notes.html").published()).isEqualTo(Instant.parse("2026-11-18T00:00:00Z"));
    }

    @Test
    void theSecondRunPublishesNothingNewAndFetchesNoArticlePageAgain() {
        assertThat(second.exitCode()).isZero();
        assertThat(second.summary()).contains("Articles: 0 published");
        assertThat(List.of("/news/talks.html", "/news/visit.html", "/news/grid.html", "/statements/mekong.html"))
                .allSatisfy(path -> assertThat(site.requestsTo(path)).isEqualTo(1));
        assertThat(enriched).hasSize(6);
    }
}
