package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.Topics;
import io.attache.sink.Partitioner;
import io.attache.sink.RecordTime;
import io.attache.sink.Rotation;
import io.attache.sink.SinkSettings;
import io.attache.sink.TopicSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SinkCommandTest {
    @TempDir
    Path dir;

    @Test
    void outputFolderThatCannotBeWrittenIsAUserErrorNamingItBeforeKafkaIsContacted() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "in the way");
        Path out = file.resolve("out");

        CommandRun run =
                CommandRun.of("sink", "--out", out.toString(), "--bootstrap-servers", "127.0.0.1:9", "--no-metrics");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("cannot write to the output folder " + out + " (--out)")
                .contains("give another --out")
                .doesNotContain("\tat ");
    }

    private static SinkSettings parse(String... args) {
        SinkCommand command = new SinkCommand();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setDefaultValueProvider(ConfigDefaults.load(Map.of(), args));
        commandLine.parseArgs(args);
        return command.options.settings(
                command.kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP), command.kafka.topics());
    }

    @Test
    void defaultsMatchTheProgrammaticDefaults() {
        assertThat(parse()).isEqualTo(SinkSettings.defaults("127.0.0.1:9092", Topics.defaults()));
    }

    @Test
    void everyOptionReachesTheSettings() {
        SinkSettings settings = parse(
                "--bootstrap-servers",
                "127.0.0.1:9999",
                "--topic-prefix",
                "gov",
                "--out",
                "/tmp/x",
                "--topics",
                "a,b",
                "--topic-regex",
                "c.*",
                "--group-id",
                "g1",
                "--rotate-records",
                "5",
                "--rotate-bytes",
                "100",
                "--rotate-interval",
                "1h",
                "--partition-by",
                "theme,dt",
                "--time-from",
                "timestamp",
                "--timezone",
                "Asia/Phnom_Penh",
                "--gzip",
                "--kafka-metadata",
                "--idle-close",
                "0");

        assertThat(settings)
                .isEqualTo(new SinkSettings(
                        "127.0.0.1:9999",
                        new TopicSelection(List.of("a", "b"), "c.*"),
                        Path.of("/tmp/x"),
                        "g1",
                        new Rotation(5, 100, Duration.ofHours(1)),
                        List.of(Partitioner.Field.theme(), Partitioner.Time.daily()),
                        RecordTime.timestamp(),
                        ZoneId.of("Asia/Phnom_Penh"),
                        true,
                        true,
                        Duration.ZERO,
                        Duration.ofSeconds(1)));
    }

    @Test
    void topicPrefixMovesTheDefaultTopics() {
        assertThat(parse("--topic-prefix", "gov").topics()).isEqualTo(TopicSelection.defaults(new Topics("gov")));
    }

    @Test
    void fieldPartitionerLabelDefaultsToTheLastPathSegment() {
        assertThat(parse("--partition-by", "field:feed.id").partitioners())
                .containsExactly(new Partitioner.Field("feed.id", "id"));
    }

    @Test
    void unknownPartitionerIsAUserErrorListingTheChoices() {
        assertThatThrownBy(() -> parse("--partition-by", "hour"))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("'hour'")
                .hasMessageContaining("field:PATH[:LABEL]");
    }

    @Test
    void durationsAcceptShortAndIsoForms() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("PT15M")).isEqualTo(Duration.ofMinutes(15));
        assertThatThrownBy(() -> converter.convert("soon")).hasMessageContaining("'soon'");
    }
}
