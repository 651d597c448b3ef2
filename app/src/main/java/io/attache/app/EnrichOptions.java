package io.attache.app;

import io.attache.enrich.EnrichSettings;
import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How enrichment dedupes, tags and routes; shared by {@code enrich} and {@code run}. */
public final class EnrichOptions {
    @Option(
            names = "--application-id",
            paramLabel = "ID",
            defaultValue = EnrichSettings.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id: instances with the same id share the work "
                    + "(default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(
            names = "--retention",
            paramLabel = "DURATION",
            defaultValue = "30d",
            converter = DurationConverter.class,
            description =
                    "How long an article is remembered for duplicate detection and revisions (default: ${DEFAULT-VALUE}).")
    Duration retention;

    @Option(
            names = "--max-distance",
            paramLabel = "BITS",
            defaultValue = "3",
            description =
                    "Largest SimHash Hamming distance (0-3) at which two texts are near duplicates (default: ${DEFAULT-VALUE}).")
    int maxDistance;

    @Option(
            names = "--story-window",
            paramLabel = "DURATION",
            defaultValue = "72h",
            converter = DurationConverter.class,
            description = "How far apart (publication time) the first report of a story and a later one may be; "
                    + "at most the retention (default: ${DEFAULT-VALUE}).")
    Duration storyWindow;

    @Option(
            names = "--watch",
            paramLabel = "AAA-BBB",
            split = ",",
            description = "Country pairs (ISO 3166-1 alpha-3) that get their own topic <prefix>.dyad.AAA-BBB, e.g. "
                    + "CHN-KHM (repeatable or comma-separated; default: none).")
    List<String> watchList = new ArrayList<>();

    @Option(
            names = "--taxonomy",
            paramLabel = "FILE",
            description = "YAML file adding themes or phrases to the built-in taxonomy (repeatable; default: none).")
    List<Path> taxonomyFiles = new ArrayList<>();

    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            description =
                    "YAML file adding countries, names or people to the built-in gazetteer (repeatable; default: none).")
    List<Path> gazetteerFiles = new ArrayList<>();

    @Option(
            names = "--processing-guarantee",
            paramLabel = "MODE",
            defaultValue = "exactly_once_v2",
            description = "exactly_once_v2 or at_least_once (default: ${DEFAULT-VALUE}).")
    String processingGuarantee;

    /** The enrichment settings these options describe, keeping Streams state under {@code stateDir}. */
    EnrichSettings settings(String bootstrapServers, Topics topics, Path stateDir, TopicCreationOptions creation) {
        try {
            return new EnrichSettings(
                    bootstrapServers,
                    topics,
                    applicationId,
                    stateDir,
                    retention,
                    maxDistance,
                    storyWindow,
                    watchList,
                    taxonomyFiles,
                    gazetteerFiles,
                    creation.partitions,
                    creation.replication,
                    processingGuarantee);
        } catch (IllegalArgumentException e) {
            throw new UserException("enrich: " + e.getMessage(), e);
        }
    }
}
