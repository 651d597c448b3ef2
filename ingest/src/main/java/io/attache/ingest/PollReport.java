package io.attache.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The results of polling every feed once, in feed order. */
public record PollReport(List<FeedPollResult> results) {
    public PollReport {
        results = List.copyOf(results);
    }

    /** Articles published by the whole poll. */
    public int totalPublished() {
        return results.stream().mapToInt(FeedPollResult::published).sum();
    }

    /** How many feeds ended with each outcome. */
    public Map<FetchOutcome, Integer> outcomeCounts() {
        Map<FetchOutcome, Integer> counts = new EnumMap<>(FetchOutcome.class);
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** A plain-text table, one line per feed: id, outcome, articles published, message. */
    public String table() {
        int idWidth = Math.max(
                4, results.stream().mapToInt(r -> r.feedId().length()).max().orElse(4));
        int outcomeWidth = FetchOutcome.longestLabel();
        String format = "%-" + idWidth + "s  %-" + outcomeWidth + "s  %9s  %s%n";
        StringBuilder table = new StringBuilder(String.format(format, "FEED", "OUTCOME", "PUBLISHED", "DETAIL"));
        for (FeedPollResult r : results) {
            table.append(String.format(format, r.feedId(), r.outcome().label(), r.published(), r.message()));
        }
        table.append(String.format("%d feeds, %d articles published%n", results.size(), totalPublished()));
        return table.toString();
    }
}
