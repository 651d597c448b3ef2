package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.app.run.EnrichedFiles;
import io.attache.app.run.PipelineLauncher;
import io.attache.app.run.ServedFeed;
import io.attache.model.EnrichedArticle;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code attache run} in its continuous mode: an item added to a served feed reaches a file within the poll
 * interval plus a few seconds, and stopping (what Ctrl-C/SIGTERM does) leaves every record on disk once
 * and nothing half-written.
 */
class RunContinuousIT {
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    @TempDir
    Path dir;

    private RunCommand parse(String... args) {
        CommandLine.ParseResult parsed = Main.commandLine(Map.of(), args).parseArgs(args);
        return (RunCommand) parsed.subcommand().commandSpec().userObject();
    }

    private static boolean onDisk(Path out, Topics topics, String title) throws Exception {
        return EnrichedFiles.read(out, topics.enriched()).stream()
                .anyMatch(e -> e.article().title().equals(title));
    }

    @Test
    void newItemReachesAFileWhileRunningAndStopLosesNothing() throws Exception {
        String prefix = KAFKA.uniqueName("cont");
        Topics topics = new Topics(prefix);
        Path out = dir.resolve("out");
        try (ServedFeed feed = ServedFeed.start()) {
            feed.addItem(
                    "talks",
                    "Foreign Minister Meets Cambodian Counterpart",
                    "<p>The foreign ministers of China and Cambodia discussed rice exports and the Funan Techo canal.</p>",
                    "Mon, 16 Nov 2026 10:00:00 GMT");
            Path feeds = Files.writeString(
                    dir.resolve("feeds.yaml"),
                    "feeds:\n  - id: test-mfa\n    url: " + feed.url() + "\n    interval: " + POLL_INTERVAL.toSeconds()
                            + "s\n    country: CHN\n");
            RunCommand run = parse(
                    "run",
                    "--bootstrap-servers",
                    KAFKA.bootstrapServers(),
                    "--topic-prefix",
                    prefix,
                    "--application-id",
                    prefix + "-enrich",
                    "--group-id",
                    prefix + "-sink",
                    "--feeds",
                    feeds.toString(),
                    "--out",
                    out.toString(),
                    "--state-dir",
                    dir.resolve("state").toString(),
                    "--no-metrics",
                    "--idle-close",
                    "1s");
            PipelineLauncher.Launch launch = new PipelineLauncher.Launch(
                    Optional.of(KAFKA.bootstrapServers()),
                    run.run.stateDir,
                    0,
                    run.run.brokerRetention,
                    Optional.empty(),
                    "127.0.0.1",
                    Duration.ofMinutes(1),
                    Optional.empty());
            AutoCloseable pipeline = new PipelineLauncher(Clock.systemUTC())
                    .start(
                            launch,
                            RunCommand.parts(run.kafka, run.run, run.ingest, run.enrich, run.sink, run.creation));
            try {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> onDisk(out, topics, "Foreign Minister Meets Cambodian Counterpart"));

                feed.addItem(
                        "visit",
                        "Thai Prime Minister Visits Kuala Lumpur",
                        "<p>Thailand and Malaysia agreed to expand border trade and cooperation on halal food.</p>",
                        "Tue, 17 Nov 2026 10:00:00 GMT");

                await().atMost(POLL_INTERVAL.plusSeconds(10))
                        .until(() -> onDisk(out, topics, "Thai Prime Minister Visits Kuala Lumpur"));
            } finally {
                pipeline.close();
            }
        }

        List<EnrichedArticle> written = EnrichedFiles.read(out, topics.enriched());
        assertThat(written)
                .extracting(e -> e.article().title())
                .containsExactlyInAnyOrder(
                        "Foreign Minister Meets Cambodian Counterpart", "Thai Prime Minister Visits Kuala Lumpur");
        assertThat(EnrichedFiles.unfinished(out)).isEmpty();
    }
}
