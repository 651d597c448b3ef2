package io.attache.app.view;

import static io.attache.app.view.ViewRecords.article;
import static io.attache.app.view.ViewRecords.feedState;
import static io.attache.app.view.ViewRecords.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.attache.model.EnrichedArticle;
import io.attache.model.SourceType;
import io.attache.testkit.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ViewModelTest {
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final ViewModel model = new ViewModel(100, new ManualClock(NOW));

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /** Two CHN-KHM articles (2 and 10 days old) and a CHN-LAO one 40 days old. */
    private void holdArticlesOverFortyDays() {
        model.accept(article("a", daysAgo(2), List.of("CHN-KHM"), List.of("agriculture")));
        model.accept(article("b", daysAgo(10), List.of("CHN-KHM"), List.of("agriculture", "trade")));
        model.accept(article("c", daysAgo(40), List.of("CHN-LAO"), List.of("trade")));
    }

    private static Map<String, Grid.Row> rows(Grid grid) {
        return grid.rows().stream().collect(Collectors.toMap(Grid.Row::pair, row -> row));
    }

    @Test
    void theGridOfTheLastSevenDaysCountsOnlyTheirArticles() {
        holdArticlesOverFortyDays();

        Grid grid = model.grid(ViewPeriod.LAST_7_DAYS, ViewFilter.NONE);

        assertThat(grid.rows()).containsExactly(new Grid.Row("CHN-KHM", 1, Map.of("agriculture", 1)));
        assertThat(grid.themes()).containsExactly("agriculture");
    }

    @Test
    void theGridOfThirtyDaysCountsEachPairAndThemeOnce() {
        holdArticlesOverFortyDays();

        Grid grid = model.grid(ViewPeriod.LAST_30_DAYS, ViewFilter.NONE);

        assertThat(grid.rows()).containsExactly(new Grid.Row("CHN-KHM", 2, Map.of("agriculture", 2, "trade", 1)));
        assertThat(grid.themes()).containsExactly("agriculture", "trade");
    }

    @Test
    void theGridOfEverythingHasEveryPairMostArticlesFirst() {
        holdArticlesOverFortyDays();

        Grid grid = model.grid(ViewPeriod.ALL, ViewFilter.NONE);

        assertThat(grid.rows()).extracting(Grid.Row::pair).containsExactly("CHN-KHM", "CHN-LAO");
        assertThat(rows(grid).get("CHN-LAO").cells()).isEqualTo(Map.of("trade", 1));
    }

    @Test
    void aCountryFilterKeepsOnlyThePairsWithThatCountry() {
        model.accept(article("a", daysAgo(1), List.of("CHN-KHM", "KHM-THA"), List.of("trade")));

        Grid grid = model.grid(ViewPeriod.ALL, new ViewFilter("", "", "tha", "", ""));

        assertThat(grid.rows()).containsExactly(new Grid.Row("KHM-THA", 1, Map.of("trade", 1)));
    }

    @Test
    void aThemeFilterKeepsItsArticlesAndOnlyItsColumn() {
        holdArticlesOverFortyDays();

        Grid grid = model.grid(ViewPeriod.ALL, new ViewFilter("", "trade", "", "", ""));

        assertThat(grid.themes()).containsExactly("trade");
        assertThat(rows(grid).get("CHN-KHM")).isEqualTo(new Grid.Row("CHN-KHM", 1, Map.of("trade", 1)));
    }

    @Test
    void aSourceTypeFilterKeepsTheArticlesOfThatKindOfFeed() {
        model.accept(
                article("gov", "t", daysAgo(1), "cn-mfa", SourceType.GOVERNMENT, "en", List.of("CHN-KHM"), List.of()));
        model.accept(
                article("wire", "t", daysAgo(1), "wire", SourceType.NEWS_AGENCY, "en", List.of("CHN-KHM"), List.of()));

        List<ArticleLine> lines = model.latestArticles(new ViewFilter("", "", "", "news_agency", ""), 10);

        assertThat(lines).extracting(ArticleLine::id).containsExactly("wire");
    }

    @Test
    void aLanguageFilterAcceptsTagsWithThatPrimaryLanguage() {
        model.accept(article("gb", "t", daysAgo(1), "f", SourceType.OTHER, "en-GB", List.of(), List.of()));
        model.accept(article("fr", "t", daysAgo(1), "f", SourceType.OTHER, "fr", List.of(), List.of()));

        List<ArticleLine> lines = model.latestArticles(new ViewFilter("", "", "", "", "en"), 10);

        assertThat(lines).extracting(ArticleLine::id).containsExactly("gb");
    }

    @Test
    void latestArticlesComeNewestFirst() {
        holdArticlesOverFortyDays();

        assertThat(model.latestArticles(ViewFilter.NONE, 2))
                .extracting(ArticleLine::id)
                .containsExactly("a", "b");
    }

    @Test
    void aPairsTimelineCountsItsArticlesPerDay() {
        holdArticlesOverFortyDays();
        model.accept(article("d", daysAgo(2), List.of("CHN-KHM"), List.of("trade")));

        PairTimeline timeline = model.pair("CHN-KHM", ViewFilter.NONE, 10);

        assertThat(timeline.days())
                .containsExactly(
                        new PairTimeline.Day(LocalDate.parse("2026-11-21"), 1, Map.of("agriculture", 1, "trade", 1)),
                        new PairTimeline.Day(LocalDate.parse("2026-11-29"), 2, Map.of("agriculture", 1, "trade", 1)));
        assertThat(timeline.articles()).extracting(ArticleLine::id).containsExactlyInAnyOrder("a", "b", "d");
    }

    @Test
    void aRevisionReplacesTheArticleItRevises() {
        EnrichedArticle first = article("a", daysAgo(1), List.of("CHN-KHM"), List.of("trade"));
        EnrichedArticle revised = article("a-r1", daysAgo(1), List.of("CHN-KHM"), List.of("agriculture"));
        model.accept(first);
        model.accept(new EnrichedArticle(
                revised.article(), 1, "a", revised.simhash(), revised.dyads(), revised.themes(), NOW, ""));

        assertThat(model.summary().articles()).isEqualTo(1);
        assertThat(model.article("a")).isEmpty();
        assertThat(model.grid(ViewPeriod.ALL, ViewFilter.NONE).themes()).containsExactly("agriculture");
    }

    @Test
    void itHoldsAtMostItsLimitForgettingTheArticlesReadFirst() {
        ViewModel small = new ViewModel(2, new ManualClock(NOW));
        small.accept(article("first", daysAgo(1), List.of(), List.of()));
        small.accept(article("second", daysAgo(1), List.of(), List.of()));
        small.accept(article("third", daysAgo(1), List.of(), List.of()));

        assertThat(small.summary().articles()).isEqualTo(2);
        assertThat(small.article("first")).isEmpty();
        assertThat(small.article("third")).isPresent();
    }

    @Test
    void itHoldsAtMostAsManyStoriesAsArticles() {
        ViewModel small = new ViewModel(1, new ManualClock(NOW));
        small.accept(story("s1", List.of("CHN", "KHM"), daysAgo(2), "first", List.of("s1")));
        small.accept(story("s2", List.of("CHN", "KHM"), daysAgo(1), "second", List.of("s2")));

        assertThat(small.latestStories(ViewFilter.NONE, 10))
                .extracting(view -> view.story().id())
                .containsExactly("s2");
    }

    @Test
    void feedHealthTellsAFailingFeedFromAHealthyOne() {
        model.accept(feedState("up", daysAgo(0), 0, ""));
        model.accept(feedState("down", daysAgo(3), 4, "timed out after 20 s"));

        List<FeedHealth> health = model.feedHealth();

        assertThat(health)
                .extracting(FeedHealth::feedId, FeedHealth::status, FeedHealth::consecutiveFailures)
                .containsExactly(tuple("down", "failing", 4), tuple("up", "ok", 0));
        assertThat(health.get(0).lastError()).isEqualTo("timed out after 20 s");
    }

    @Test
    void feedHealthCountsEachFeedsArticlesOnEachOfTheLastSevenDays() {
        model.accept(feedState("cn-mfa", daysAgo(0), 0, ""));
        model.accept(article("today", daysAgo(0), List.of(), List.of()));
        model.accept(article("today-too", daysAgo(0), List.of(), List.of()));
        model.accept(article("two-days", daysAgo(2), List.of(), List.of()));
        model.accept(article("old", daysAgo(9), List.of(), List.of()));

        FeedHealth health = model.feedHealth().get(0);

        assertThat(health.articles()).isEqualTo(4);
        assertThat(health.articlesPerDay()).hasSize(7);
        assertThat(health.articlesPerDay().firstKey()).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(health.articlesPerDay())
                .containsEntry(LocalDate.parse("2026-12-01"), 2)
                .containsEntry(LocalDate.parse("2026-11-29"), 1)
                .containsEntry(LocalDate.parse("2026-11-30"), 0);
        assertThat(health.lastPublished()).isEqualTo(daysAgo(0));
    }

    @Test
    void aFeedKnownOnlyByItsArticlesHasAnUnknownStatus() {
        model.accept(article("a", daysAgo(1), List.of(), List.of()));

        assertThat(model.feedHealth())
                .extracting(FeedHealth::feedId, FeedHealth::status)
                .containsExactly(tuple("cn-mfa", "unknown"));
    }

    @Test
    void aForgottenFeedLeavesTheHealthTable() {
        model.accept(feedState("gone", daysAgo(1), 0, ""));

        model.forgetFeed("gone");

        assertThat(model.feedHealth()).isEmpty();
    }

    @Test
    void storiesComeLatestFirstWithTheirReportsHeld() {
        model.accept(article("r1", daysAgo(3), List.of("CHN-KHM"), List.of("agriculture")));
        model.accept(article("r2", daysAgo(2), List.of("CHN-KHM"), List.of("agriculture")));
        model.accept(story("old", List.of("CHN", "LAO"), daysAgo(5), "Railway", List.of("gone")));
        model.accept(story("r1", List.of("CHN", "KHM"), daysAgo(2), "Talks", List.of("r1", "r2")));

        List<StoryView> stories = model.latestStories(ViewFilter.NONE, 10);

        assertThat(stories).extracting(view -> view.story().id()).containsExactly("r1", "old");
        assertThat(stories.get(0).reports()).extracting(ArticleLine::id).containsExactly("r1", "r2");
        assertThat(stories.get(1).reports()).isEmpty();
    }

    @Test
    void aPairFilterKeepsTheStoriesOfThatPair() {
        model.accept(story("laos", List.of("CHN", "LAO"), daysAgo(5), "Railway", List.of("laos")));
        model.accept(story("cambodia", List.of("CHN", "KHM"), daysAgo(2), "Talks", List.of("cambodia")));

        assertThat(model.latestStories(new ViewFilter("CHN-LAO", "", "", "", ""), 10))
                .extracting(view -> view.story().id())
                .containsExactly("laos");
    }

    @Test
    void theSummaryListsWhatTheFiltersCanChoose() {
        holdArticlesOverFortyDays();
        model.accept(article("x", "t", daysAgo(1), "wire", SourceType.NEWS_AGENCY, "fr", List.of(), List.of()));

        Summary summary = model.summary();

        assertThat(summary.articles()).isEqualTo(4);
        assertThat(summary.pairs()).containsExactly("CHN-KHM", "CHN-LAO");
        assertThat(summary.countries()).containsExactly("CHN", "KHM", "LAO");
        assertThat(summary.themes()).containsExactly("agriculture", "trade");
        assertThat(summary.sourceTypes()).containsExactly("government", "news_agency");
        assertThat(summary.languages()).containsExactly("en", "fr");
        assertThat(summary.oldest()).isEqualTo(daysAgo(40));
    }

    @Test
    void everyRecordReadChangesTheVersion() {
        long before = model.summary().version();

        model.accept(feedState("f", NOW, 0, ""));

        assertThat(model.summary().version()).isGreaterThan(before);
    }
}
