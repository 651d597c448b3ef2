package io.attache.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The compose stack end to end, as docs/deployment.md runs it, with two enrich instances: images built
 * from this checkout, Kafka healthy, the sample feeds ingested, enriched, and written to the sink's volume.
 * Runs where the integration tests run on containers; skipped where no Docker engine answers.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@EnabledIf(
        value = "io.attache.testkit.TestBrokers#containersEnabled",
        disabledReason = "no Docker engine answers (or -Dattache.test.broker=embedded)")
class ComposeStackIT {
    private static ComposeStack stack;

    @BeforeAll
    static void upWithTwoEnrichInstances() {
        stack = ComposeStack.up(Path.of("").toAbsolutePath().getParent(), "--scale", "enrich=2");
    }

    @AfterAll
    static void down() {
        if (stack != null) {
            stack.close();
        }
    }

    /** The enriched files the sink has committed in its volume. */
    private static List<String> enrichedFiles() {
        return stack.run("exec", "-T", "sink", "find", "/var/lib/attache/out/news.enriched", "-name", "*.jsonl")
                .output()
                .lines()
                .filter(line -> line.endsWith(".jsonl"))
                .toList();
    }

    /** The consumers (by host) that own a partition of news.articles in enrich's group. */
    private static Set<String> articleOwners() {
        return stack.run(
                        "exec",
                        "-T",
                        "kafka",
                        "/opt/kafka/bin/kafka-consumer-groups.sh",
                        "--bootstrap-server",
                        "localhost:9092",
                        "--describe",
                        "--group",
                        "attache-enrich")
                .output()
                .lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(columns -> columns.length >= 8 && columns[1].equals("news.articles") && !columns[7].equals("-"))
                .map(columns -> columns[7])
                .collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void enrichedFilesAppearInTheSinksVolume() {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> !enrichedFiles().isEmpty());
    }

    @Test
    @Order(2)
    void twoEnrichInstancesShareTheArticlePartitions() {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> articleOwners().size() == 2);
    }

    @Test
    @Order(3)
    void stoppingTheStackStopsEveryPartOnItsSignal() {
        stack.runOrFail("stop");

        // 143 is 128 + SIGTERM: the JVM ran its shutdown hooks and exited; 137 would be a kill after the grace period.
        assertThat(stack.exitCodes())
                .isNotEmpty()
                .allSatisfy((container, code) -> assertThat(code).as(container).isIn(0, 143));
    }
}
