package io.attache.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.ingest.FeedPollResult;
import io.attache.ingest.FetchOutcome;
import io.attache.ingest.PollReport;
import io.attache.sink.SinkStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
    private static final Instant NEXT = Instant.parse("2026-11-23T17:00:00Z");

    private static RunSummary summary() {
        PollReport feeds = new PollReport(List.of(
                new FeedPollResult(
                        "cn-mfa", "http://127.0.0.1/a.xml", FetchOutcome.OK, 12, "HTTP 200, 12 entries", NEXT),
                new FeedPollResult(
                        "th-mfa", "http://127.0.0.1/b.xml", FetchOutcome.MALFORMED_XML, 0, "invalid XML", NEXT)));
        return new RunSummary(
                feeds,
                new TreeMap<>(Map.of("near_duplicate", 2L, "same_url", 1L)),
                9,
                new TreeMap<>(Map.of("agriculture", 3L, "political", 7L)),
                new TreeMap<>(Map.of("CHN-KHM", 5L)),
                new SinkStats(4, 12_345, 16, 0, 0),
                Path.of("/data/out"));
    }

    @Test
    void headlineAddsUpPublishedUniqueAndDuplicates() {
        assertThat(summary().table()).contains("Articles: 12 published, 9 unique (enriched), 3 duplicates dropped");
    }

    @Test
    void everyFeedHasARowWithItsOutcome() {
        assertThat(summary().table())
                .containsPattern("cn-mfa\\s+ok\\s+12")
                .containsPattern("th-mfa\\s+malformed_xml\\s+0");
    }

    @Test
    void countsAreListedLargestFirst() {
        String table = summary().table();

        assertThat(table.indexOf("political")).isLessThan(table.indexOf("agriculture"));
        assertThat(table).containsPattern("CHN-KHM\\s+5");
    }

    @Test
    void filesLineNamesTheFolder() {
        assertThat(summary().table())
                .contains("Files: 4 committed (12,345 bytes, 16 records, 0 rejected) under /data/out");
    }
}
