package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.app.run.EnrichedFiles;
import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.LanguageSource;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache run --once} over real saved feeds in Chinese and Serbian (see saved-feeds/SOURCES.md): their
 * bilateral items are tagged with their pairs, and each article says its language and where that came from.
 */
class SavedFeedsRunOnceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    static Path dir;

    private static String summary;
    private static int exitCode;
    private static List<EnrichedArticle> enriched;

    @BeforeAll
    static void runOnceOverTheSavedFeeds() throws Exception {
        String prefix = KAFKA.uniqueName("saved");
        InProcessRunOnce run = InProcessRunOnce.run(
                KAFKA.bootstrapServers(),
                prefix,
                dir,
                "--feed",
                savedFeed("zh-rthk-international.xml"),
                "--feed",
                savedFeed("sr-danas.xml"));
        exitCode = run.exitCode();
        summary = run.summary();
        enriched = EnrichedFiles.read(dir.resolve("out"), new Topics(prefix).enriched());
    }

    @AfterAll
    static void showSummary() {
        System.out.println(summary);
    }

    @Test
    void everyItemOfBothFeedsIsEnriched() {
        assertThat(exitCode).isZero();
        assertThat(enriched).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void chineseBilateralItemsGetTheirPairs() {
        assertThat(topDyad("習近平覆信斯梅戴雷沃鋼廠塞爾維亞職工")).isEqualTo("CHN-SRB");
        assertThat(topDyad("王毅與蒙迪諾會談")).isEqualTo("ARG-CHN");
        assertThat(topDyad("中國海警局稱驅離菲方非法侵闖黃岩島船隻")).isEqualTo("CHN-PHL");
        assertThat(topDyad("外交部相信隨著大熊貓保護合作開展")).isEqualTo("CHN-USA");
    }

    @Test
    void theSerbianBilateralItemGetsItsPair() {
        EnrichedArticle nis = article("Noćas ističe rok OFAC-a");
        assertThat(nis.dyads()).extracting(Dyad::key).contains("RUS-USA");
    }

    @Test
    void aFeedDeclaringTheWrongLanguageIsOverruledByDetection() {
        EnrichedArticle nis = article("Noćas ističe rok OFAC-a");
        assertThat(nis.article().languageSource()).isEqualTo(LanguageSource.DETECTED);
        assertThat(nis.article().language()).isIn("sr", "hr", "bs");
    }

    @Test
    void chineseItemsCarryTheirDeclaredLanguage() {
        EnrichedArticle serbia = article("習近平覆信斯梅戴雷沃鋼廠塞爾維亞職工");
        assertThat(serbia.article().language()).startsWith("zh");
        assertThat(serbia.themes()).isNotEmpty();
    }

    private static String topDyad(String titleStart) {
        List<Dyad> dyads = article(titleStart).dyads();
        return dyads.isEmpty() ? "" : dyads.get(0).key();
    }

    private static EnrichedArticle article(String titleStart) {
        return enriched.stream()
                .filter(e -> e.article().title().startsWith(titleStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no enriched article titled '" + titleStart + "…'"));
    }

    private static String savedFeed(String name) throws URISyntaxException {
        return Path.of(SavedFeedsRunOnceIT.class
                        .getResource("/saved-feeds/" + name)
                        .toURI())
                .toString();
    }
}
