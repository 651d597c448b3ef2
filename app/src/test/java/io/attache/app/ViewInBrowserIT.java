package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.attache.app.demo.DemoFeedServer;
import io.attache.app.ops.MetricsServer;
import io.attache.app.run.ServedFeed;
import io.attache.app.view.LiveView;
import io.attache.app.view.ViewRecords;
import io.attache.app.view.ViewSettings;
import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Json;
import io.attache.model.Story;
import io.attache.model.ThemeTag;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view of a pipeline that ran, as a real browser renders it: headless Chromium (Debian's package) loads the
 * page served beside the metrics, runs its scripts, and the rendered document is checked against the topics. One
 * feed carries a headline with markup in it, which must show as text and create no element.
 */
class ViewInBrowserIT {
    private static final String HOSTILE_TITLE =
            "<img src=x onerror=alert(1)> <script>alert(2)</script> China and Cambodia sign rice export deal";

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    static Path dir;

    private static Topics topics;
    private static List<EnrichedArticle> enriched;
    private static Set<String> storyIds;
    private static Document page;
    private static String rawPage;
    private static Optional<MetricsServer> server = Optional.empty();
    private static Optional<LiveView> view = Optional.empty();

    @BeforeAll
    static void runThePipelineAndRenderItsPage() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.find();
        assumeTrue(
                chromium.isPresent(),
                "SKIPPED: chromium is not installed, so the page is not tested in a browser "
                        + "(apt-get install -y chromium; .ci/run installs it)");
        String prefix = KAFKA.uniqueName("view");
        topics = new Topics(prefix);
        try (DemoFeedServer demo = DemoFeedServer.start();
                ServedFeed hostile = ServedFeed.start()) {
            hostile.addItem(
                    "rice",
                    escapedTwice(HOSTILE_TITLE),
                    "<p>China and Cambodia signed an agreement on rice exports and agricultural cooperation.</p>",
                    "Mon, 16 Nov 2026 08:00:00 GMT");
            Path feedsFile = Files.writeString(dir.resolve("feeds.yaml"), demo.feedsYaml());
            InProcessRunOnce run = InProcessRunOnce.run(
                    KAFKA.bootstrapServers(), prefix, dir, "--feeds", feedsFile.toString(), "--feed", hostile.url());
            assertThat(run.exitCode()).as(run.summary()).isZero();
        }
        enriched = read(topics.enriched(), EnrichedArticle.class);
        produceStoryOf(
                enriched.stream().filter(e -> !e.dyads().isEmpty()).limit(2).toList());
        storyIds = read(topics.stories(), Story.class).stream().map(Story::id).collect(Collectors.toSet());

        LiveView live = new LiveView(new ViewSettings(5000, Duration.ofDays(30)), Clock.systemUTC());
        view = Optional.of(live);
        live.follow(KAFKA.bootstrapServers(), topics);
        assertThat(live.awaitCaughtUp(Duration.ofSeconds(60))).isTrue();
        MetricsServer metrics =
                MetricsServer.start(MetricsServer.newRegistry(), "127.0.0.1", 0, () -> true, live.routes());
        server = Optional.of(metrics);
        rawPage = chromium.get()
                .renderedDom("http://127.0.0.1:" + metrics.port() + "/", dir.resolve("chromium-profile"), 15_000);
        page = Jsoup.parse(rawPage);
    }

    @AfterAll
    static void stop() {
        server.ifPresent(MetricsServer::close);
        view.ifPresent(LiveView::stopFollowing);
    }

    /** The title as an RSS file carries text that is itself HTML: escaped for XML, then for HTML. */
    private static String escapedTwice(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("&", "&amp;");
    }

    private static <T> List<T> read(String topic, Class<T> type) throws Exception {
        if (!exists(topic)) {
            return List.of();
        }
        return KAFKA.readAll(List.of(topic), Duration.ofSeconds(30)).stream()
                .filter(record -> record.value() != null)
                .map(record -> {
                    try {
                        return Json.mapper().readValue(record.value(), type);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .toList();
    }

    private static boolean exists(String topic) throws Exception {
        try (Admin admin = KAFKA.admin()) {
            return admin.listTopics().names().get().contains(topic);
        }
    }

    /** A story of two of the reports, written to the stories topic as enrich writes one. */
    private static void produceStoryOf(List<EnrichedArticle> reports) throws Exception {
        if (!exists(topics.stories())) {
            KAFKA.createTopics(1, topics.stories());
        }
        Story story = ViewRecords.story(
                "browser-test-story",
                reports.get(0).dyads().get(0).countries(),
                Instant.now(),
                "A story told by " + reports.size() + " reports",
                reports.stream().map(e -> e.article().id()).toList());
        KAFKA.produce(
                topics.stories(),
                Map.of(
                        story.id().getBytes(StandardCharsets.UTF_8),
                        Json.mapper().writeValueAsBytes(story)));
    }

    private static int number(String selector) {
        return Integer.parseInt(page.selectFirst(selector).text());
    }

    private static long articlesAbout(String pair, Optional<String> theme) {
        return enriched.stream()
                .filter(e -> e.dyads().stream().map(Dyad::key).anyMatch(pair::equals))
                .filter(e ->
                        theme.isEmpty() || e.themes().stream().map(ThemeTag::id).anyMatch(theme.get()::equals))
                .count();
    }

    @Test
    void theHeaderCountsWhatIsInTheTopics() {
        Set<String> pairs = enriched.stream()
                .flatMap(e -> e.dyads().stream().map(Dyad::key))
                .collect(Collectors.toSet());

        assertThat(number("#count-articles")).isEqualTo(enriched.size());
        assertThat(number("#count-pairs")).isEqualTo(pairs.size());
        assertThat(number("#count-stories")).isEqualTo(storyIds.size());
    }

    @Test
    void theGridHasARowPerPairWithTheTopicsCounts() {
        Set<String> pairs = enriched.stream()
                .flatMap(e -> e.dyads().stream().map(Dyad::key))
                .collect(Collectors.toSet());
        List<Element> totals = page.select("#grid td.total");

        assertThat(totals).extracting(cell -> cell.attr("data-pair")).containsExactlyInAnyOrderElementsOf(pairs);
        assertThat(totals)
                .allSatisfy(cell -> assertThat(Long.parseLong(cell.text()))
                        .as(cell.attr("data-pair"))
                        .isEqualTo(articlesAbout(cell.attr("data-pair"), Optional.empty())));
    }

    @Test
    void everyCellOfTheGridCountsThePairsArticlesWithTheTheme() {
        List<Element> cells = page.select("#grid td[data-theme]:not(.total)");

        assertThat(cells).isNotEmpty();
        assertThat(cells)
                .allSatisfy(cell -> assertThat(cell.text().isEmpty() ? 0 : Long.parseLong(cell.text()))
                        .as(cell.attr("data-pair") + " × " + cell.attr("data-theme"))
                        .isEqualTo(articlesAbout(cell.attr("data-pair"), Optional.of(cell.attr("data-theme")))));
    }

    @Test
    void theHostileHeadlineIsShownAsTheCharactersItHas() {
        assertThat(page.select("#articles .title")).extracting(Element::text).contains(HOSTILE_TITLE);
    }

    @Test
    void theHostileHeadlineCreatesNoElement() {
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("script"))
                .extracting(script -> script.attr("src"))
                .containsExactly("/view.js");
        assertThat(rawPage).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theLatestStoriesListTheirReportsAndPublishers() {
        Element story = page.selectFirst("#stories li.story[data-story=browser-test-story]");

        assertThat(story).isNotNull();
        assertThat(story.selectFirst(".headline").text()).isEqualTo("A story told by 2 reports");
        assertThat(story.selectFirst(".publishers").text()).isEqualTo("Publishers: Publisher A, Publisher B");
        assertThat(story.select(".reports > li")).hasSize(2);
        assertThat(page.select("#stories li.story")).hasSize(Math.min(20, storyIds.size()));
    }

    @Test
    void feedHealthListsEveryFeedWithItsStatus() {
        assertThat(page.select("#feeds tr[data-feed]"))
                .extracting(row -> row.attr("data-feed"))
                .contains("broken-feed", "regional-wire");
        assertThat(page.selectFirst("#feeds tr[data-feed=broken-feed] .status").text())
                .isEqualTo("failing");
    }

    @Test
    void theFirstPairsTimelineIsShown() {
        String pair = page.selectFirst("#grid td.total").attr("data-pair");

        assertThat(page.selectFirst("#pair-name").text()).isEqualTo(pair);
        int perDay = page.select("#timeline td.count").stream()
                .mapToInt(cell -> Integer.parseInt(cell.text()))
                .sum();
        assertThat((long) perDay).isEqualTo(articlesAbout(pair, Optional.empty()));
    }
}
