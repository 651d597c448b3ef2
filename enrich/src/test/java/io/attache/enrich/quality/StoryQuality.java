package io.attache.enrich.quality;

import io.attache.enrich.EnrichDriver;
import io.attache.enrich.EnrichSettings;
import io.attache.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well story assignment groups a labelled set's reports by event: the reports go through the whole enrich
 * topology (tagging, copy check, stories) in order of publication, as a stream of feeds would bring them, and the
 * stories formed are compared with the labelled events. B-cubed: for each report, precision is the share of its story
 * that reports its event, recall the share of its event that is in its story, each averaged over reports. Pairwise:
 * over pairs of reports, those put in one story that share an event, and those that share an event put in one story.
 * A report dropped as a copy of another is counted in a story of its own.
 */
final class StoryQuality {
    final int reports;
    final int events;
    final int stories;
    final int dropped;
    final double bcubedPrecision;
    final double bcubedRecall;
    final double pairwisePrecision;
    final double pairwiseRecall;

    private StoryQuality(List<String> events, List<String> stories, int dropped) {
        this.reports = events.size();
        this.events = (int) events.stream().distinct().count();
        this.stories = (int) stories.stream().distinct().count();
        this.dropped = dropped;
        double precision = 0;
        double recall = 0;
        long together = 0;
        long togetherRight = 0;
        long sameEvent = 0;
        for (int i = 0; i < reports; i++) {
            int inStory = 0;
            int inEvent = 0;
            int both = 0;
            for (int j = 0; j < reports; j++) {
                boolean story = stories.get(i).equals(stories.get(j));
                boolean event = events.get(i).equals(events.get(j));
                inStory += story ? 1 : 0;
                inEvent += event ? 1 : 0;
                both += story && event ? 1 : 0;
                if (j > i) {
                    together += story ? 1 : 0;
                    togetherRight += story && event ? 1 : 0;
                    sameEvent += event ? 1 : 0;
                }
            }
            precision += (double) both / inStory;
            recall += (double) both / inEvent;
        }
        this.bcubedPrecision = precision / reports;
        this.bcubedRecall = recall / reports;
        this.pairwisePrecision = together == 0 ? 1 : (double) togetherRight / together;
        this.pairwiseRecall = sameEvent == 0 ? 1 : (double) togetherRight / sameEvent;
    }

    /** The stories enrich makes of {@code reports}, read in order of publication, against their labels. */
    static StoryQuality measure(List<LabelledStories.Report> reports) {
        Map<String, String> storyOf =
                assign(reports.stream().map(LabelledStories.Report::article).toList());
        List<String> events = new ArrayList<>();
        List<String> stories = new ArrayList<>();
        int dropped = 0;
        for (LabelledStories.Report report : reports) {
            String id = report.article().id();
            String story = storyOf.get(id);
            if (story == null) {
                dropped++;
                story = "dropped:" + id;
            }
            events.add(report.event());
            stories.add(story);
        }
        return new StoryQuality(events, stories, dropped);
    }

    /** The story id each article gets, by article id; none for an article dropped as a copy. */
    static Map<String, String> assign(List<Article> articles) {
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published).thenComparing(Article::id));
        EnrichSettings settings = EnrichSettings.defaults("127.0.0.1:9").withApplicationId("story-quality", tempDir());
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        try (EnrichDriver driver = new EnrichDriver(settings, clock)) {
            ordered.forEach(article -> driver.send(article, article.fetchedAt()));
            Map<String, String> storyOf = new HashMap<>();
            driver.enriched()
                    .readValuesToList()
                    .forEach(e -> storyOf.put(e.article().id(), e.storyId()));
            return storyOf;
        }
    }

    double bcubedF1() {
        return 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("story-quality");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
