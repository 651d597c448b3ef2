package io.attache.app;

import io.attache.model.Topics;
import io.attache.sink.Partitioner;
import io.attache.sink.RecordTime;
import io.attache.sink.Rotation;
import io.attache.sink.SinkSettings;
import io.attache.sink.TopicSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where and how the sink writes files; shared by {@code sink} and {@code run}. */
public final class SinkOptions {
    /** The root folder of the files when none is given. */
    static final String DEFAULT_OUT = "out";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUT,
            description = "Root folder of the files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--topics",
            paramLabel = "TOPIC",
            split = ",",
            description = "Topics to read. Default, when neither this nor --topic-regex is given: <prefix>.enriched "
                    + "and every <prefix>.theme.* topic.")
    List<String> topics = new ArrayList<>();

    @Option(
            names = "--topic-regex",
            paramLabel = "REGEX",
            description = "Also read every topic whose whole name matches this Java regular expression; topics "
                    + "created later are picked up within 30 s. Default: none (see --topics).")
    String topicRegex = "";

    @Option(
            names = "--group-id",
            paramLabel = "ID",
            defaultValue = SinkSettings.DEFAULT_GROUP_ID,
            description =
                    "Consumer group; instances with the same group share the partitions (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(
            names = "--rotate-records",
            paramLabel = "N",
            defaultValue = "10000",
            description = "Close a file once it holds N records (default: ${DEFAULT-VALUE}).")
    long rotateRecords;

    @Option(
            names = "--rotate-bytes",
            paramLabel = "N",
            defaultValue = "67108864",
            description =
                    "Close a file once it holds N bytes of JSON, before compression (default: ${DEFAULT-VALUE}, 64 MiB).")
    long rotateBytes;

    @Option(
            names = "--rotate-interval",
            paramLabel = "DURATION",
            defaultValue = "0",
            converter = DurationConverter.class,
            description =
                    "Start a new file whenever the record time (--time-from) enters a new interval of this "
                            + "length, aligned to midnight in --timezone, e.g. 1h or PT1H; 0 turns it off (default: ${DEFAULT-VALUE}).")
    Duration rotateInterval;

    @Option(
            names = "--partition-by",
            paramLabel = "SPEC",
            split = ",",
            defaultValue = "partition",
            description = {
                "Folder levels under <out>/<topic>/, outermost first (default: ${DEFAULT-VALUE}).",
                "partition: partition=<p>.",
                "theme: theme=<best theme id>.",
                "field:PATH[:LABEL]: <LABEL>=<value at PATH>, e.g. field:feed.id:feed; arrays give their first element.",
                "dt: dt=YYYY-MM-DD of the record time.",
                "time:PATTERN: a java.time pattern of the record time, e.g. time:'year'=yyyy/'month'=MM.",
                "File names always keep topic, partition and offsets."
            })
    List<String> partitionBy;

    @Option(
            names = "--time-from",
            paramLabel = "FIELD|timestamp",
            defaultValue = "published",
            description = "Record time for dt/time folders and --rotate-interval: an ISO-8601 field of the value, or "
                    + "'timestamp' for the Kafka record timestamp; a missing field falls back to the timestamp "
                    + "(default: ${DEFAULT-VALUE}).")
    String timeFrom;

    @Option(
            names = "--timezone",
            paramLabel = "ZONE",
            defaultValue = "UTC",
            description =
                    "Time zone of dt/time folders and --rotate-interval, e.g. Europe/Paris (default: ${DEFAULT-VALUE}).")
    String timezone;

    @Option(
            names = "--gzip",
            defaultValue = "false",
            description = "Write gzip-compressed .jsonl.gz files (default: ${DEFAULT-VALUE}).")
    boolean gzip;

    @Option(
            names = "--kafka-metadata",
            defaultValue = "false",
            description =
                    "Add \"_kafka\": {topic, partition, offset, timestamp, key} to every line (default: ${DEFAULT-VALUE}).")
    boolean kafkaMetadata;

    @Option(
            names = "--idle-close",
            paramLabel = "DURATION",
            defaultValue = "1m",
            converter = DurationConverter.class,
            description = "Commit the open file of a partition that received nothing for this long (wall clock), "
                    + "so quiet topics still show their latest records; 0 turns it off (default: ${DEFAULT-VALUE}).")
    Duration idleClose;

    /**
     * Fails with a clear error when the output folder cannot be created or written (a file in its way, no
     * permission, a read-only file system), before anything is read: otherwise every partition would only pause.
     */
    void requireWritableOut() {
        Path folder = out.toAbsolutePath();
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, ".attache-write-check", ".tmp"));
        } catch (IOException e) {
            throw new UserException(
                    "cannot write to the output folder " + folder + " (--out): " + e
                            + "; give another --out, or make it writable",
                    e);
        }
    }

    /** The settings these options describe. */
    SinkSettings settings(String bootstrapServers, Topics deployment) {
        TopicSelection selection = topics.isEmpty() && topicRegex.isEmpty()
                ? TopicSelection.defaults(deployment)
                : new TopicSelection(topics, topicRegex);
        return SinkSettings.defaults(bootstrapServers, deployment)
                .withTopics(selection)
                .withOutDir(out)
                .withGroupId(groupId)
                .withRotation(new Rotation(rotateRecords, rotateBytes, rotateInterval))
                .withPartitioners(
                        partitionBy.stream().map(SinkOptions::partitioner).toList())
                .withRecordTime(timeFrom.equals("timestamp") ? RecordTime.timestamp() : new RecordTime(timeFrom))
                .withZone(zone(timezone))
                .withGzip(gzip)
                .withKafkaMetadata(kafkaMetadata)
                .withIdleClose(idleClose);
    }

    private static Partitioner partitioner(String spec) {
        if (spec.equals("partition")) {
            return new Partitioner.KafkaPartition();
        }
        if (spec.equals("theme")) {
            return Partitioner.Field.theme();
        }
        if (spec.equals("dt")) {
            return Partitioner.Time.daily();
        }
        if (spec.startsWith("time:")) {
            return new Partitioner.Time(spec.substring("time:".length()));
        }
        if (spec.startsWith("field:")) {
            String[] parts = spec.substring("field:".length()).split(":", 2);
            String path = parts[0];
            String label = parts.length == 2 ? parts[1] : path.substring(path.lastIndexOf('.') + 1);
            return new Partitioner.Field(path, label);
        }
        throw new UserException("--partition-by '" + spec + "' is not known: use partition, theme, field:PATH[:LABEL], "
                + "dt or time:PATTERN");
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id).normalized();
        } catch (DateTimeException e) {
            throw new UserException("--timezone '" + id + "' is not a time zone: use e.g. UTC or Europe/Paris");
        }
    }
}
