package io.attache.app;

import io.attache.enrich.EnrichService;
import io.attache.enrich.EnrichSettings;
import io.micrometer.core.instrument.Metrics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache enrich}: the Kafka Streams application that dedupes, tags and routes articles, until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {
            "Reads articles from <prefix>.articles, drops duplicates (same URL, same text, near-duplicate copies),",
            "tags each unique article with its country pairs and themes, and writes it to <prefix>.enriched,",
            "<prefix>.theme.<id> and, for watched pairs, <prefix>.dyad.<AAA>-<BBB>. Duplicates go to",
            "<prefix>.duplicates, unreadable records to <prefix>.dlq. Creates missing topics at start. Runs until",
            "Ctrl-C or SIGTERM; start several with the same --application-id to share the work."
        })
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    KafkaOptions kafka;

    @Option(names = "--application-id", paramLabel = "ID", defaultValue = EnrichSettings.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id: consumer group, state and internal topic prefix (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = EnrichSettings.DEFAULT_STATE_DIR,
            description = "Where the state stores (article ledger, fingerprint index) live on disk (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--retention", paramLabel = "DURATION", defaultValue = "P30D",
            description = "How long an article id and its fingerprint are remembered for duplicate detection, ISO-8601 "
                    + "(P30D = 30 days, PT12H = 12 hours; default: ${DEFAULT-VALUE}).")
    Duration retention;

    @Option(names = "--hamming-distance", paramLabel = "N", defaultValue = "3",
            description = "Highest SimHash distance (0 to 3 bits of 64) at which two articles are near-duplicates; "
                    + "0 catches only identical texts (default: ${DEFAULT-VALUE}).")
    int hammingDistance;

    @Option(names = "--watch", paramLabel = "AAA-BBB", split = ",",
            description = "Country pair with its own topic <prefix>.dyad.<AAA>-<BBB>, as ISO 3166-1 alpha-3 codes in any "
                    + "order; repeat or separate with commas, e.g. --watch CHN-KHM,USA-PHL (default: none).")
    List<String> watchList = List.of();

    @Option(names = "--taxonomy", paramLabel = "FILE",
            description = "YAML file adding themes or phrases to the built-in taxonomy (layout: docs/record-format.md"
                    + "#tagging-data); repeatable (default: none).")
    List<Path> taxonomyFiles = List.of();

    @Option(names = "--gazetteer", paramLabel = "FILE",
            description = "YAML file adding country names, demonyms, capitals or people to the built-in gazetteer; "
                    + "repeatable (default: none).")
    List<Path> gazetteerFiles = List.of();

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "" + EnrichSettings.DEFAULT_PARTITIONS,
            description = "Partitions of the topics this command creates when missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication", paramLabel = "N", defaultValue = "" + EnrichSettings.DEFAULT_REPLICATION,
            description = "Replication factor of the topics and state changelogs it creates (default: ${DEFAULT-VALUE}).")
    short replication;

    @Option(names = "--processing-guarantee", paramLabel = "GUARANTEE", defaultValue = "exactly_once_v2",
            description = "exactly_once_v2 (every article in the outputs exactly once) or at_least_once (faster, may "
                    + "repeat output after a crash) (default: ${DEFAULT-VALUE}).")
    String processingGuarantee;

    @Override
    public Integer call() throws InterruptedException {
        EnrichSettings settings = settings();
        EnrichService service = EnrichService.create(settings, Clock.systemUTC(), Metrics.globalRegistry);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "attache-enrich-shutdown"));
        try {
            service.start();
        } catch (IllegalStateException e) {
            throw new UserException(e.getMessage(), e);
        }
        stopped.await();
        return 0;
    }

    EnrichSettings settings() {
        try {
            return new EnrichSettings(kafka.bootstrapServersOr("127.0.0.1:9092"), kafka.topics(), applicationId, stateDir,
                    retention, hammingDistance, watchList, taxonomyFiles, gazetteerFiles, partitions, replication,
                    processingGuarantee);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }
}
