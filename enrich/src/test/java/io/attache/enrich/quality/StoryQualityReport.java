package io.attache.enrich.quality;

import io.attache.enrich.EnrichSettings;
import io.attache.enrich.stream.StoryAssigner;
import java.util.List;
import java.util.Locale;

/** The "Stories" section of {@code docs/tagging-quality.md}: how well reports are grouped by event. */
final class StoryQualityReport {
    private StoryQualityReport() {}

    static String section() {
        List<LabelledStories.Report> all = LabelledStories.all();
        StringBuilder md = new StringBuilder("\n## Stories\n\n");
        md.append(
                        "Reports of one event should share a `storyId` (docs/design.md, \"Stories\"). Measured on the labelled ")
                .append("story set (`enrich/src/test/resources/quality/stories/stories.yaml`): ")
                .append(all.size())
                .append(" reports of ")
                .append(all.stream()
                        .map(LabelledStories.Report::event)
                        .distinct()
                        .count())
                .append(" events in groups of one country pair (or one country) over a few days, several events per ")
                .append("pair, some on the same day; ")
                .append(all.stream().filter(LabelledStories.Report::written).count())
                .append(" reports written by the team in the manner of ministries, agencies and newspapers, ")
                .append(all.stream().filter(r -> !r.written()).count())
                .append(" real feed items of the real-text set; in English and Chinese. It was split once, by group, ")
                .append("before tuning: the similarity, its weights and its thresholds (")
                .append(String.format(
                        Locale.ROOT,
                        "%.2f; %.2f across languages",
                        StoryAssigner.MIN_SIMILARITY,
                        StoryAssigner.MIN_CROSS_LANGUAGE_SIMILARITY))
                .append(") were chosen on the development half; the held-out half's numbers were printed twice while ")
                .append(
                        "the similarity was written, and chose nothing. Each half goes through the whole enrich topology in ")
                .append("order of publication, with the default window of ")
                .append(EnrichSettings.DEFAULT_STORY_WINDOW.toHours())
                .append(" h. B-cubed precision is, per report, the share of its story that reports its event, recall ")
                .append(
                        "the share of its event in its story, averaged over reports; pairwise counts pairs of reports. ")
                .append("`StoryQualityTest` fails the build when held-out B-cubed precision or recall falls under ")
                .append(String.format(Locale.ROOT, "%.2f", StoryQualityTest.FLOOR))
                .append(".\n\n")
                .append(
                        "| half | reports | events | stories formed | B-cubed precision | B-cubed recall | B-cubed F1 |")
                .append(" pairwise precision | pairwise recall |\n|---|---|---|---|---|---|---|---|---|\n");
        row(md, "held-out (never tuned on)", StoryQuality.measure(LabelledStories.half("heldout")));
        row(md, "development (tuned on)", StoryQuality.measure(LabelledStories.half("dev")));
        return md.append('\n')
                .append("Words are bound to their language: a Chinese report joins a story of English reports only ")
                .append("through the terms every language writes alike (numbers and themes), so reports of one event ")
                .append("in two languages are the most common split.\n")
                .toString();
    }

    private static void row(StringBuilder md, String half, StoryQuality q) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                half,
                q.reports,
                q.events,
                q.stories,
                q.bcubedPrecision,
                q.bcubedRecall,
                q.bcubedF1(),
                q.pairwisePrecision,
                q.pairwiseRecall));
    }
}
