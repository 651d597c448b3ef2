package io.attache.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/** The compose stack's broker runs the Kafka version Attaché is built and tested with. */
class KafkaImageVersionTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void composeRunsTheOfficialImageOfTheBuildsKafkaVersion() throws IOException {
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml")))
                .contains("image: apache/kafka:" + AppInfoParser.getVersion() + "\n");
    }

    @Test
    void theOfflineOverrideRunsTheStandInOfTheSameVersion() throws IOException {
        assertThat(Files.readString(ROOT.resolve("containers/docker-compose.offline.yml")))
                .contains("image: attache-offline/kafka:" + AppInfoParser.getVersion() + "\n");
    }
}
