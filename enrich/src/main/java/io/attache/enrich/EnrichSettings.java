package io.attache.enrich;

import io.attache.enrich.dedupe.FingerprintBands;
import io.attache.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the enrichment service needs, constructible without the CLI.
 *
 * @param bootstrapServers    Kafka brokers, {@code host:port[,...]}
 * @param topics              topic names
 * @param applicationId       Kafka Streams application id: consumer group, state and internal topic prefix
 * @param stateDir            where state stores live on disk
 * @param retention           how long an article id, and a fingerprint, are remembered for duplicate detection
 * @param maxDistance         highest SimHash Hamming distance at which two articles are near-duplicates (0 to 3)
 * @param storyWindow         how far apart (publication time) a story's first report and a later one may be
 * @param watchList           country pairs with their own topic, e.g. {@code CHN-KHM}; normalised to sorted codes
 * @param taxonomyFiles       user taxonomy files adding themes or phrases
 * @param gazetteerFiles      user gazetteer files adding countries, names or people
 * @param partitions          partitions of topics this service creates
 * @param replication         replication factor of topics this service creates
 * @param processingGuarantee {@code exactly_once_v2} or {@code at_least_once}
 */
public record EnrichSettings(
        String bootstrapServers,
        Topics topics,
        String applicationId,
        Path stateDir,
        Duration retention,
        int maxDistance,
        Duration storyWindow,
        List<String> watchList,
        List<Path> taxonomyFiles,
        List<Path> gazetteerFiles,
        int partitions,
        short replication,
        String processingGuarantee) {

    public static final String DEFAULT_APPLICATION_ID = "attache-enrich";
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(30);
    public static final int DEFAULT_MAX_DISTANCE = 3;
    public static final Duration DEFAULT_STORY_WINDOW = Duration.ofHours(72);
    public static final int DEFAULT_PARTITIONS = 3;
    public static final short DEFAULT_REPLICATION = 1;
    public static final String DEFAULT_STATE_DIR = ".attache/enrich-state";
    private static final Set<String> GUARANTEES = Set.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);

    public EnrichSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are required");
        }
        if (topics == null) {
            throw new IllegalArgumentException("topics are required");
        }
        if (applicationId == null || !applicationId.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException(
                    "application id '" + applicationId + "' is not valid: use letters, digits, '.', '_' or '-'");
        }
        if (stateDir == null) {
            throw new IllegalArgumentException("state directory is required");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive, was " + retention);
        }
        if (maxDistance < 0 || maxDistance > FingerprintBands.MAX_DISTANCE) {
            throw new IllegalArgumentException("Hamming distance must be 0 to " + FingerprintBands.MAX_DISTANCE
                    + " (four 16-bit bands catch no more), was " + maxDistance);
        }
        if (storyWindow == null || storyWindow.isNegative() || storyWindow.isZero()) {
            throw new IllegalArgumentException("story window must be positive, was " + storyWindow);
        }
        if (storyWindow.compareTo(retention) > 0) {
            throw new IllegalArgumentException(
                    "story window (" + storyWindow + ") must not be longer than the retention (" + retention
                            + "): a revision could outlive its article's story");
        }
        watchList = (watchList == null ? List.<String>of() : watchList)
                .stream().map(pair -> normalisePair(topics, pair)).distinct().toList();
        taxonomyFiles = taxonomyFiles == null ? List.of() : List.copyOf(taxonomyFiles);
        gazetteerFiles = gazetteerFiles == null ? List.of() : List.copyOf(gazetteerFiles);
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be 1 or more, was " + partitions);
        }
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be 1 or more, was " + replication);
        }
        processingGuarantee = processingGuarantee == null ? StreamsConfig.EXACTLY_ONCE_V2 : processingGuarantee;
        if (!GUARANTEES.contains(processingGuarantee)) {
            throw new IllegalArgumentException(
                    "processing guarantee '" + processingGuarantee + "' is not one of " + GUARANTEES);
        }
    }

    /** Working defaults: default topics, 30 days' retention, distance 3, stories of 72 hours, exactly-once, no watch list. */
    public static EnrichSettings defaults(String bootstrapServers) {
        return new EnrichSettings(
                bootstrapServers,
                Topics.defaults(),
                DEFAULT_APPLICATION_ID,
                Path.of(DEFAULT_STATE_DIR),
                DEFAULT_RETENTION,
                DEFAULT_MAX_DISTANCE,
                DEFAULT_STORY_WINDOW,
                List.of(),
                List.of(),
                List.of(),
                DEFAULT_PARTITIONS,
                DEFAULT_REPLICATION,
                StreamsConfig.EXACTLY_ONCE_V2);
    }

    public EnrichSettings withTopics(Topics newTopics) {
        return new EnrichSettings(
                bootstrapServers,
                newTopics,
                applicationId,
                stateDir,
                retention,
                maxDistance,
                storyWindow,
                watchList,
                taxonomyFiles,
                gazetteerFiles,
                partitions,
                replication,
                processingGuarantee);
    }

    public EnrichSettings withApplicationId(String newApplicationId, Path newStateDir) {
        return new EnrichSettings(
                bootstrapServers,
                topics,
                newApplicationId,
                newStateDir,
                retention,
                maxDistance,
                storyWindow,
                watchList,
                taxonomyFiles,
                gazetteerFiles,
                partitions,
                replication,
                processingGuarantee);
    }

    public EnrichSettings withWatchList(List<String> pairs) {
        return new EnrichSettings(
                bootstrapServers,
                topics,
                applicationId,
                stateDir,
                retention,
                maxDistance,
                storyWindow,
                pairs,
                taxonomyFiles,
                gazetteerFiles,
                partitions,
                replication,
                processingGuarantee);
    }

    public EnrichSettings withRetention(Duration newRetention) {
        return new EnrichSettings(
                bootstrapServers,
                topics,
                applicationId,
                stateDir,
                newRetention,
                maxDistance,
                storyWindow,
                watchList,
                taxonomyFiles,
                gazetteerFiles,
                partitions,
                replication,
                processingGuarantee);
    }

    public EnrichSettings withStoryWindow(Duration newStoryWindow) {
        return new EnrichSettings(
                bootstrapServers,
                topics,
                applicationId,
                stateDir,
                retention,
                maxDistance,
                newStoryWindow,
                watchList,
                taxonomyFiles,
                gazetteerFiles,
                partitions,
                replication,
                processingGuarantee);
    }

    public EnrichSettings withPartitions(int newPartitions) {
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
                newPartitions,
                replication,
                processingGuarantee);
    }

    /**
     * Internal topic of one partition carrying every tagged article and exact repeat, keyed by article id, to the copy
     * check: the order of that partition is the order in which copies are decided.
     */
    public String copyCheckTopic() {
        return applicationId + "-copy-check";
    }

    private static String normalisePair(Topics topics, String pair) {
        String[] codes = pair == null
                ? new String[0]
                : pair.trim().toUpperCase(Locale.ROOT).split("-");
        if (codes.length != 2) {
            throw new IllegalArgumentException(
                    "watched dyad '" + pair + "' is not valid: write two ISO 3166-1 alpha-3 codes as AAA-BBB");
        }
        String topic = topics.dyad(codes[0], codes[1]);
        return topic.substring(topic.lastIndexOf('.') + 1);
    }
}
