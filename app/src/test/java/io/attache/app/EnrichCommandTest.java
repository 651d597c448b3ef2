package io.attache.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.enrich.EnrichSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EnrichCommandTest {
    private static EnrichCommand parse(String... args) {
        EnrichCommand command = new EnrichCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void defaultsGiveWorkingSettings() {
        EnrichSettings settings = parse().settings();

        assertThat(settings.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.maxDistance()).isEqualTo(3);
        assertThat(settings.processingGuarantee()).isEqualTo("exactly_once_v2");
        assertThat(settings.topics().enriched()).isEqualTo("news.enriched");
    }

    @Test
    void optionsReachTheSettings() {
        EnrichSettings settings = parse("--bootstrap-servers", "10.0.0.1:9092", "--topic-prefix", "dev", "--retention", "PT12H",
                "--hamming-distance", "2", "--watch", "KHM-CHN,usa-phl", "--taxonomy", "t.yaml", "--gazetteer", "g.yaml",
                "--partitions", "6", "--replication", "3", "--application-id", "e2", "--state-dir", "/tmp/e2",
                "--processing-guarantee", "at_least_once").settings();

        assertThat(settings.watchList()).containsExactly("CHN-KHM", "PHL-USA");
        assertThat(settings.retention()).isEqualTo(Duration.ofHours(12));
        assertThat(settings.taxonomyFiles()).containsExactly(Path.of("t.yaml"));
        assertThat(settings.gazetteerFiles()).containsExactly(Path.of("g.yaml"));
        assertThat(List.of(settings.partitions(), (int) settings.replication(), settings.maxDistance())).containsExactly(6, 3, 2);
        assertThat(settings.topics().duplicates()).isEqualTo("dev.duplicates");
        assertThat(settings.processingGuarantee()).isEqualTo("at_least_once");
    }

    @Test
    void invalidValueIsAUserErrorNamingIt() {
        assertThatThrownBy(() -> parse("--watch", "CHINA-KHM").settings()).isInstanceOf(UserException.class).hasMessageContaining("CHINA-KHM");
        assertThatThrownBy(() -> parse("--hamming-distance", "5").settings()).isInstanceOf(UserException.class).hasMessageContaining("0 to 3");
    }

    @Test
    void helpListsEveryOption() {
        String help = Main.commandLine(Map.of(), new String[] {"enrich", "--help"}).getSubcommands().get("enrich").getUsageMessage();
        assertThat(help).contains("--retention", "--hamming-distance", "--watch", "--taxonomy", "--gazetteer", "--partitions",
                "--replication", "--application-id", "--state-dir", "--processing-guarantee", "--bootstrap-servers");
    }
}
