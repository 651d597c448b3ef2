package io.attache.app.run;

import io.attache.ingest.FeedPollResult;
import io.attache.ingest.FetchOutcome;
import io.attache.ingest.PollReport;
import io.attache.sink.SinkStats;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one {@code attache run --once} did: per feed, duplicates by reason, unique articles per theme and
 * per dyad (counted from the enriched files on disk), and the files written.
 *
 * @param feeds          the poll of every feed
 * @param duplicates     articles dropped as duplicates, by reason
 * @param enriched       unique articles written to the enriched topic's files in this run
 * @param themes         unique articles per theme id
 * @param dyads          unique articles per dyad key (e.g. {@code CHN-KHM})
 * @param files          what the sink committed
 * @param outDir         where the files are
 */
public record RunSummary(
        PollReport feeds,
        SortedMap<String, Long> duplicates,
        long enriched,
        SortedMap<String, Long> themes,
        SortedMap<String, Long> dyads,
        SinkStats files,
        Path outDir) {
    public RunSummary {
        duplicates = new TreeMap<>(duplicates);
        themes = new TreeMap<>(themes);
        dyads = new TreeMap<>(dyads);
    }

    /** Articles dropped as duplicates, all reasons together. */
    public long duplicateCount() {
        return duplicates.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The summary as plain-text tables, for a terminal. */
    public String table() {
        StringBuilder out = new StringBuilder();
        int idWidth = Math.max(
                4,
                feeds.results().stream()
                        .mapToInt(r -> r.feedId().length())
                        .max()
                        .orElse(4));
        String feedRow = "  %-" + idWidth + "s  %-" + FetchOutcome.longestLabel() + "s  %8s  %s%n";
        out.append("Feeds\n").append(String.format(feedRow, "FEED", "STATUS", "ARTICLES", "DETAIL"));
        for (FeedPollResult result : feeds.results()) {
            out.append(String.format(
                    feedRow, result.feedId(), result.outcome().label(), result.published(), result.message()));
        }
        out.append(String.format(
                "%nArticles: %d published, %d unique (enriched), %d duplicates dropped%n",
                feeds.totalPublished(), enriched, duplicateCount()));
        appendCounts(out, "Duplicates by reason", duplicates);
        appendCounts(out, "Articles per theme", themes);
        appendCounts(out, "Articles per dyad", dyads);
        out.append(String.format(
                Locale.ROOT,
                "%nFiles: %d committed (%,d bytes, %d records, %d rejected) under %s%n",
                files.files(),
                files.bytes(),
                files.records(),
                files.rejected(),
                outDir.toAbsolutePath()));
        return out.toString();
    }

    private static void appendCounts(StringBuilder out, String heading, Map<String, Long> counts) {
        out.append('\n').append(heading).append(counts.isEmpty() ? ": none\n" : "\n");
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.append(String.format("  %-" + width + "s  %5d%n", e.getKey(), e.getValue())));
    }
}
