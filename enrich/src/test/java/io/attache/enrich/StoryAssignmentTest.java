package io.attache.enrich;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static io.attache.enrich.TestArticles.RELEASE_TITLE;
import static io.attache.enrich.TestArticles.article;
import static io.attache.enrich.TestArticles.syndicatedCopy;
import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.EnrichedArticle;
import io.attache.model.FeedRef;
import io.attache.model.RecordSerdes;
import io.attache.model.SourceType;
import io.attache.model.Story;
import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports of one event share a story; reports of others do not. On Kafka Streams' test driver. */
class StoryAssignmentTest {
    private static final Instant T0 = Instant.parse("2024-03-12T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-12T10:00:00Z"), ZoneOffset.UTC);
    private static final Topics TOPICS = Topics.defaults();
    private static final FeedRef MFA = new FeedRef(
            "cn-mfa", "https://mfa.example/rss", "", "Ministry of Foreign Affairs", "CHN", SourceType.GOVERNMENT);
    private static final FeedRef KHMER_TIMES =
            new FeedRef("khmer-times", "https://kt.example/rss", "Khmer Times", "", "", SourceType.INDEPENDENT_MEDIA);
    private static final FeedRef WIRE =
            new FeedRef("wire", "https://wire.example/rss", "", "", "", SourceType.NEWS_AGENCY);

    /** The release of {@link TestArticles#RELEASE_TEXT}, as its ministry publishes it. */
    private static final Article RELEASE = article("mfa-1", RELEASE_TITLE, RELEASE_TEXT, T0, MFA);
    /** The same talks, reported by a newspaper in its own words hours later. */
    private static final Article NEWSPAPER_REPORT = article(
            "kt-1",
            "Prak Sokhonn meets Wang Yi in Beijing; Funan Techo Canal on the agenda",
            "Deputy Prime Minister Prak Sokhonn met Chinese Foreign Minister Wang Yi in Beijing on Tuesday. The two "
                    + "ministers discussed financing for the Funan Techo Canal and the Fish and Rice Corridor, and agreed "
                    + "that the next political consultations will be held in Phnom Penh.",
            T0.plus(Duration.ofHours(5)),
            KHMER_TIMES);
    /** Another event of the same pair on the same day. */
    private static final Article DONATION = article(
            "wire-1",
            "China hands over medical equipment to Siem Reap provincial hospital",
            "Chinese Ambassador Wang Wenbin handed over ventilators, ultrasound scanners and ambulances to the "
                    + "provincial referral hospital in Siem Reap, Cambodia, at a ceremony with health officials.",
            T0.plus(Duration.ofHours(3)),
            WIRE);

    @TempDir
    Path stateDir;

    private final List<TopologyTestDriver> drivers = new ArrayList<>();

    @AfterEach
    void stop() {
        drivers.forEach(TopologyTestDriver::close);
    }

    @Test
    void twoReportsOfOneMeetingFromDifferentOutletsShareAStory() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);

        List<EnrichedArticle> out = run.send(RELEASE, NEWSPAPER_REPORT);

        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("mfa-1", "mfa-1");
    }

    @Test
    void twoMeetingsOfTheSamePairAYearApartDoNotShareAStory() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);
        Article nextYear = article(
                "mfa-2",
                RELEASE_TITLE,
                RELEASE_TEXT.replace("12 March", "11 March"),
                T0.plus(Duration.ofDays(364)),
                MFA);

        List<EnrichedArticle> out = run.send(RELEASE, nextYear);

        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("mfa-1", "mfa-2");
    }

    @Test
    void anotherEventOfTheSamePairOnTheSameDayIsAnotherStory() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);

        List<EnrichedArticle> out = run.send(RELEASE, DONATION, NEWSPAPER_REPORT);

        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("mfa-1", "wire-1", "mfa-1");
    }

    @Test
    void aReportPublishedBeyondTheWindowOfTheFirstStartsAnotherStory() {
        Run run = new Run(Duration.ofHours(4));

        List<EnrichedArticle> out = run.send(RELEASE, NEWSPAPER_REPORT);

        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("mfa-1", "kt-1");
    }

    @Test
    void theSameInputGivesTheSameStories() {
        List<Article> input = List.of(DONATION, RELEASE, NEWSPAPER_REPORT, syndicatedCopy("copy-1", T0));

        List<String> first = new Run(EnrichSettings.DEFAULT_STORY_WINDOW)
                .send(input.toArray(Article[]::new)).stream()
                        .map(EnrichedArticle::storyId)
                        .toList();
        List<String> second = new Run(EnrichSettings.DEFAULT_STORY_WINDOW)
                .send(input.toArray(Article[]::new)).stream()
                        .map(EnrichedArticle::storyId)
                        .toList();

        assertThat(first).containsExactly("wire-1", "mfa-1", "mfa-1");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aStorysRecordCountsItsReportsAndNamesTheirPublishers() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);
        run.send(RELEASE, DONATION, NEWSPAPER_REPORT);

        Map<String, Story> stories = run.stories.readKeyValuesToMap();

        Story meeting = stories.get("mfa-1");
        assertThat(meeting.reports()).isEqualTo(2);
        assertThat(meeting.countries()).containsExactly("CHN", "KHM");
        assertThat(meeting.headline()).isEqualTo(RELEASE_TITLE);
        assertThat(meeting.firstReportAt()).isEqualTo(RELEASE.published());
        assertThat(meeting.lastReportAt()).isEqualTo(NEWSPAPER_REPORT.published());
        assertThat(meeting.publishers()).containsExactly("Ministry of Foreign Affairs", "Khmer Times");
        assertThat(meeting.sourceTypes()).containsExactly(SourceType.GOVERNMENT, SourceType.INDEPENDENT_MEDIA);
        assertThat(meeting.reportIds()).containsExactly("mfa-1", "kt-1");
        assertThat(meeting.themes()).containsEntry("political", 2);
        assertThat(meeting.updatedAt()).isEqualTo(CLOCK.instant());
        assertThat(stories.get("wire-1").reports()).isEqualTo(1);
    }

    @Test
    void aCopyDroppedAsADuplicateJoinsNoStory() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);

        List<EnrichedArticle> out = run.send(RELEASE, syndicatedCopy("copy-1", T0));

        assertThat(out).extracting(e -> e.article().id()).containsExactly("mfa-1");
        assertThat(run.stories.readKeyValuesToMap().get("mfa-1").reports()).isEqualTo(1);
    }

    @Test
    void aRevisionKeepsItsArticlesStory() {
        Run run = new Run(EnrichSettings.DEFAULT_STORY_WINDOW);
        Article corrected = article(
                "kt-1",
                NEWSPAPER_REPORT.title(),
                "Correction: the ministers met on Wednesday, not Tuesday, and did not discuss the canal.",
                NEWSPAPER_REPORT.published(),
                KHMER_TIMES);

        List<EnrichedArticle> out = run.send(RELEASE, NEWSPAPER_REPORT, corrected);

        assertThat(out).extracting(EnrichedArticle::revision).containsExactly(0, 0, 1);
        assertThat(out).extracting(EnrichedArticle::storyId).containsExactly("mfa-1", "mfa-1", "mfa-1");
        assertThat(run.stories.readKeyValuesToMap().get("mfa-1").reports()).isEqualTo(2);
    }

    /** One topology on the test driver, with its own state directory. */
    private final class Run {
        private final TestInputTopic<String, byte[]> input;
        private final TestOutputTopic<String, EnrichedArticle> enriched;
        final TestOutputTopic<String, Story> stories;

        Run(Duration window) {
            Path dir = stateDir.resolve("run-" + drivers.size());
            EnrichSettings settings = EnrichSettings.defaults("127.0.0.1:9")
                    .withApplicationId("story-test", dir)
                    .withStoryWindow(window);
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
            props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
            TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(settings, CLOCK), props);
            drivers.add(driver);
            input = driver.createInputTopic(
                    TOPICS.articles(),
                    Serdes.String().serializer(),
                    Serdes.ByteArray().serializer());
            enriched = driver.createOutputTopic(
                    TOPICS.enriched(),
                    Serdes.String().deserializer(),
                    RecordSerdes.enriched().deserializer());
            stories = driver.createOutputTopic(
                    TOPICS.stories(),
                    Serdes.String().deserializer(),
                    RecordSerdes.story().deserializer());
        }

        /** Pipes the articles in order, each read when its feed fetched it; the enriched records, in order. */
        List<EnrichedArticle> send(Article... articles) {
            for (Article article : articles) {
                input.pipeInput(new TestRecord<>(
                        article.id(), RecordSerdes.article().toBytes("t", article), article.fetchedAt()));
            }
            return enriched.readValuesToList();
        }
    }
}
