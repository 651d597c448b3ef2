package io.attache.app;

import io.attache.ingest.FeedConfig;
import io.attache.ingest.FeedsFile;
import io.attache.ingest.FeedsFileException;
import io.attache.ingest.FetchLimits;
import io.attache.ingest.IngestSettings;
import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which feeds to watch and how politely to fetch them; shared by {@code ingest} and {@code run}. */
public final class IngestOptions {
    @Option(
            names = "--feeds",
            paramLabel = "FILE",
            description =
                    "YAML feeds file: a 'feeds' list of {id, url, type, interval, publisher, language, country, sourceType, "
                            + "labels, fullText}, and for type: html the listing's {links, next, pages, title, date, "
                            + "dateFormat} (default: none; give --feeds or --feed).")
    Path feedsFile;

    @Option(
            names = "--feed",
            paramLabel = "URL|PATH",
            description = "An extra feed: http(s) URL, file: URL or path of a saved feed (repeatable; default: none).")
    List<String> feeds = new ArrayList<>();

    @Option(
            names = "--connect-timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "Longest wait for a connection to a feed's server (default: ${DEFAULT-VALUE}).")
    Duration connectTimeout;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            converter = DurationConverter.class,
            description = "Longest time for one whole fetch, redirects and body included (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            defaultValue = "10485760",
            description =
                    "Largest feed or page accepted, counted after decompression (default: ${DEFAULT-VALUE} = 10 MiB).")
    long maxBytes;

    @Option(
            names = "--max-redirects",
            paramLabel = "N",
            defaultValue = "5",
            description = "Most redirects followed per fetch (default: ${DEFAULT-VALUE}).")
    int maxRedirects;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "32",
            description = "Most fetches in flight at once (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(
            names = "--per-host",
            paramLabel = "N",
            defaultValue = "2",
            description = "Most fetches in flight to one host at once (default: ${DEFAULT-VALUE}).")
    int perHost;

    @Option(
            names = "--max-backoff",
            paramLabel = "DURATION",
            defaultValue = "6h",
            converter = DurationConverter.class,
            description =
                    "Longest wait before retrying a failing feed; feeds are never given up on (default: ${DEFAULT-VALUE}).")
    Duration maxBackoff;

    @Option(
            names = "--user-agent",
            paramLabel = "TEXT",
            description = "HTTP User-Agent of every fetch; its product token (before '/') is the name robots.txt rules "
                    + "are matched against. Add a URL or address where site owners can reach you, e.g. "
                    + "'Attache/0.1 (+https://example.org/about-our-crawler)' (default: Attache/<version> (...)).")
    String userAgent;

    /** The ingest settings these options describe, for the given cluster and topic layout. */
    IngestSettings settings(String bootstrapServers, Topics topics, TopicCreationOptions creation) {
        try {
            List<FeedConfig> fromFile = feedsFile == null ? List.of() : FeedsFile.load(feedsFile);
            List<FeedConfig> all = FeedsFile.combine(fromFile, FeedsFile.adHoc(feeds));
            if (all.isEmpty()) {
                throw new UserException(
                        "no feeds to watch: give a feeds file with --feeds FILE or a feed with --feed URL|PATH");
            }
            FetchLimits limits = new FetchLimits(
                    connectTimeout,
                    timeout,
                    maxBytes,
                    maxRedirects,
                    concurrency,
                    perHost,
                    maxBackoff,
                    userAgent == null ? FetchLimits.DEFAULT_USER_AGENT : userAgent);
            return new IngestSettings(all, bootstrapServers, topics, limits, creation.partitions, creation.replication);
        } catch (FeedsFileException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException("ingest: " + e.getMessage(), e);
        }
    }
}
