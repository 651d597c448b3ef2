package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.app.demo.DemoFeedServer;
import io.attache.app.run.EnrichedFiles;
import io.attache.model.EnrichedArticle;
import io.attache.model.SourceType;
import io.attache.model.TextSource;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache run --once} end to end, in-process, on a real broker, over the demo feeds served by a
 * local HTTP server: the files hold every unique article once and no duplicate, with tags, and the summary
 * counts what happened. The expected outcomes are those of the demo's EXPECTED.md.
 */
class RunOnceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    static Path dir;

    private static String prefix;
    private static int exitCode;
    private static String summary;
    private static List<EnrichedArticle> enriched;

    @BeforeAll
    static void runOnceOverTheDemoFeeds() throws Exception {
        prefix = KAFKA.uniqueName("e2e");
        try (DemoFeedServer feeds = DemoFeedServer.start()) {
            Path feedsFile = Files.writeString(dir.resolve("feeds.yaml"), feeds.feedsYaml());
            InProcessRunOnce run =
                    InProcessRunOnce.run(KAFKA.bootstrapServers(), prefix, dir, "--feeds", feedsFile.toString());
            exitCode = run.exitCode();
            summary = run.summary();
        }
        enriched = EnrichedFiles.read(dir.resolve("out"), new Topics(prefix).enriched());
    }

    @AfterAll
    static void showSummaryOnFailure() {
        System.out.println(summary);
    }

    @Test
    void aFailingFeedDoesNotFailTheRun() {
        assertThat(exitCode).isZero();
        assertThat(summary).containsPattern("broken-feed\\s+malformed_xml");
    }

    @Test
    void everyUniqueArticleIsOnDiskExactlyOnce() {
        Set<String> ids = enriched.stream().map(e -> e.article().id()).collect(Collectors.toSet());

        assertThat(enriched).hasSize(33);
        assertThat(ids).hasSize(33);
    }

    @Test
    void ofEachReleaseAndItsWireCopyOnlyOneIsOnDisk() {
        Set<String> urls = enriched.stream().map(e -> e.article().url()).collect(Collectors.toSet());

        // The feeds are polled concurrently, and the copy read first is kept: the wire's or the ministry's.
        assertThat(List.of(
                        List.of(
                                "https://wire.example.org/asia/2026/11/16/wang-yi-prak-sokhonn-talks-beijing",
                                "https://mfa.example.cn/eng/xw/zyxw/202611/t20261116_11402210.html"),
                        List.of(
                                "https://wire.example.org/asia/2026/11/20/china-laos-railway-60-million-passengers",
                                "https://mfa.example.cn/eng/xw/zyxw/202611/t20261119_11403121.html"),
                        List.of(
                                "https://wire.example.org/culture/2026/11/20/china-cambodia-people-to-people-year-2027",
                                "https://mfa.example.cn/eng/xw/zyxw/202611/t20261120_11403388.html")))
                .allSatisfy(pair -> assertThat(pair).filteredOn(urls::contains).hasSize(1));
        assertThat(urls).noneMatch(url -> url.contains("utm_") || url.contains("fbclid"));
    }

    @Test
    void theMinistrySiteWithoutAFeedIsReadFromItsListingPagesSkippingWhatRobotsTxtDisallows() {
        List<EnrichedArticle> ministry = enriched.stream()
                .filter(e -> e.article().feed().id().equals("mfaic-press"))
                .toList();

        assertThat(summary)
                .containsPattern("mfaic-press\\s+ok\\s+7\\s+HTTP 200, \\d+ bytes, 2 listing pages, 7 entries, 7 new")
                .containsPattern("robots.txt disallows http://127.0.0.1:\\d+/internal/arf-briefing-notes.html");
        assertThat(ministry).hasSize(7);
        assertThat(ministry)
                .filteredOn(e -> e.article().textSource() == TextSource.PAGE)
                .hasSize(6)
                .allSatisfy(e -> assertThat(e.article().text()).hasSizeGreaterThan(500));
        assertThat(ministry)
                .filteredOn(e -> e.article().url().contains("/internal/"))
                .singleElement()
                .satisfies(e -> assertThat(e.article().text()).isEmpty());
    }

    @Test
    void articlesCarryDyadsAndThemesWithEvidence() {
        EnrichedArticle talks = enriched.stream()
                .filter(e -> e.article().title().contains("Wang Yi Holds Talks with Cambodian"))
                .findFirst()
                .orElseThrow();

        assertThat(talks.dyads().get(0).countries()).containsExactly("CHN", "KHM");
        assertThat(talks.themes()).extracting(t -> t.id()).contains("agriculture", "infrastructure");
        assertThat(talks.themes())
                .allSatisfy(theme -> assertThat(theme.evidence()).isNotEmpty());
    }

    @Test
    void articlesSayWhatKindOfSourceTheyCameFrom() {
        assertThat(enriched)
                .allSatisfy(e -> assertThat(e.article().feed().sourceType())
                        .isEqualTo(
                                e.article().feed().id().equals("regional-wire")
                                        ? SourceType.NEWS_AGENCY
                                        : SourceType.GOVERNMENT));
    }

    @Test
    void perThemeTopicsAreWrittenBesideTheEnrichedOne() throws Exception {
        List<EnrichedArticle> agriculture =
                EnrichedFiles.read(dir.resolve("out"), new Topics(prefix).theme("agriculture"));

        assertThat(agriculture)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.themes()).extracting(t -> t.id()).contains("agriculture"));
    }

    @Test
    void summaryCountsFeedsDuplicatesAndFiles() {
        assertThat(summary).contains("Articles: 37 published, 33 unique (enriched), 4 duplicates dropped");
        assertThat(summary)
                .containsPattern("near_duplicate\\s+2")
                .containsPattern("same_url\\s+1")
                .containsPattern("same_content\\s+1");
        assertThat(summary).containsPattern("CHN-KHM\\s+\\d+").contains("Files: ");
    }

    @Test
    void noUnfinishedFileIsLeftBehind() throws Exception {
        assertThat(EnrichedFiles.unfinished(dir.resolve("out"))).isEmpty();
    }
}
