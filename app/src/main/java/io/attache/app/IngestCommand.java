package io.attache.app;

import io.attache.ingest.DurationText;
import io.attache.ingest.FeedConfig;
import io.attache.ingest.FeedsFile;
import io.attache.ingest.FeedsFileException;
import io.attache.ingest.FetchLimits;
import io.attache.ingest.IngestService;
import io.attache.ingest.IngestSettings;
import io.attache.ingest.PollReport;
import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache ingest}: polls RSS/Atom feeds and publishes their new entries to {@code news.articles}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Watches RSS/Atom feeds and publishes every new entry, normalised, to the <prefix>.articles topic",
            "(keyed by article id); each feed's fetch state goes to the compacted <prefix>.feed-state topic.",
            "Runs until stopped (Ctrl-C/SIGTERM finish in-flight publishes first), or polls once with --once."
        })
final class IngestCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "YAML feeds file: a 'feeds' list of {id, url, interval, publisher, language, country, labels, "
                    + "fullText} (default: none; give --feeds or --feed).")
    Path feedsFile;

    @Option(names = "--feed", paramLabel = "URL|PATH",
            description = "An extra feed: http(s) URL, file: URL or path of a saved feed (repeatable; default: none).")
    List<String> feeds = new ArrayList<>();

    @Option(names = "--once",
            description = "Poll every feed once, wait for Kafka's acknowledgements, print a summary and exit (default: run until stopped).")
    boolean once;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest wait for a connection to a feed's server (default: ${DEFAULT-VALUE}).")
    String connectTimeout;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            description = "Longest time for one whole fetch, redirects and body included (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760",
            description = "Largest feed or page accepted, counted after decompression (default: ${DEFAULT-VALUE} = 10 MiB).")
    long maxBytes;

    @Option(names = "--max-redirects", paramLabel = "N", defaultValue = "5",
            description = "Most redirects followed per fetch (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "32",
            description = "Most fetches in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--per-host", paramLabel = "N", defaultValue = "2",
            description = "Most fetches in flight to one host at once (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(names = "--max-backoff", paramLabel = "DURATION", defaultValue = "6h",
            description = "Longest wait before retrying a failing feed; feeds are never given up on (default: ${DEFAULT-VALUE}).")
    String maxBackoff;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "3",
            description = "Partitions of the articles and feed-state topics when ingest creates them (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "1",
            description = "Replication factor of those topics when ingest creates them (default: ${DEFAULT-VALUE}).")
    short replication;

    @Override
    public Integer call() throws InterruptedException {
        IngestSettings settings = settings();
        IngestService ingest = IngestService.create(settings, Clock.systemUTC(), Metrics.globalRegistry);
        if (once) {
            try (ingest) {
                PollReport report = ingest.pollOnce();
                System.out.print(report.table());
            }
            return 0;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ingest.close();
            stopped.countDown();
        }, "attache-ingest-shutdown"));
        ingest.start();
        System.out.println("Ingesting " + settings.feeds().size() + " feeds into " + settings.topics().articles() + " at "
                + settings.bootstrapServers() + ". Ctrl-C stops.");
        stopped.await();
        return 0;
    }

    private IngestSettings settings() {
        try {
            List<FeedConfig> fromFile = feedsFile == null ? List.of() : FeedsFile.load(feedsFile);
            List<FeedConfig> all = FeedsFile.combine(fromFile, FeedsFile.adHoc(feeds));
            if (all.isEmpty()) {
                throw new UserException("no feeds to watch: give a feeds file with --feeds FILE or a feed with --feed URL|PATH");
            }
            FetchLimits limits = new FetchLimits(duration("--connect-timeout", connectTimeout), duration("--timeout", timeout),
                    maxBytes, maxRedirects, concurrency, perHost, duration("--max-backoff", maxBackoff));
            return new IngestSettings(all, kafka.bootstrapServersOr("127.0.0.1:9092"), kafka.topics(), limits, partitions,
                    replication);
        } catch (FeedsFileException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException("ingest: " + e.getMessage(), e);
        }
    }

    private static Duration duration(String option, String value) {
        try {
            return DurationText.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage(), e);
        }
    }
}
