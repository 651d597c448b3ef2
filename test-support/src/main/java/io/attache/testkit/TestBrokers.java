package io.attache.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and starts the broker for a test run. {@code -Dattache.test.broker=embedded|testcontainers|auto}
 * (default {@code auto}): auto uses Testcontainers when a Docker engine answers and the in-JVM KRaft
 * broker otherwise. A container that cannot start fails the run with the reason, in auto mode too: a
 * silent fallback would hide that the container path is broken.
 */
public final class TestBrokers {
    /** The system property that forces a broker kind. */
    public static final String KIND_PROPERTY = "attache.test.broker";
    /** The system property naming a file that records which broker ran, for the build's output. */
    public static final String REPORT_PROPERTY = "attache.test.broker.report";

    private static final Logger LOG = LoggerFactory.getLogger(TestBrokers.class);

    private TestBrokers() {}

    /** Starts a broker of the configured kind and records which one it is. */
    public static TestBroker start() {
        TestBroker broker = start(System.getProperty(KIND_PROPERTY, "auto"), ContainerTestBroker.configuredImage());
        LOG.info("Test Kafka broker: {}", broker.description());
        String report = System.getProperty(REPORT_PROPERTY, "");
        if (!report.isBlank()) {
            record(Path.of(report), broker);
        }
        return broker;
    }

    /**
     * Whether tests that need Docker themselves (beyond the broker) run: a Docker engine answers and
     * {@code -Dattache.test.broker} is not {@code embedded}.
     */
    public static boolean containersEnabled() {
        return !"embedded"
                        .equals(System.getProperty(KIND_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT))
                && ContainerTestBroker.dockerAvailable();
    }

    /** Starts a broker of {@code kind}; a container runs {@code image}. */
    static TestBroker start(String kind, String image) {
        return start(kind, ContainerTestBroker::dockerAvailable, () -> ContainerTestBroker.start(image), image);
    }

    /**
     * Starts a broker of {@code kind}.
     *
     * @param dockerAnswers whether a Docker engine answers
     * @param container starts the container broker
     * @param image the container's image, for messages
     */
    static TestBroker start(String kind, BooleanSupplier dockerAnswers, Supplier<TestBroker> container, String image) {
        return switch (kind.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> InJvmTestBroker.start();
            case "testcontainers" -> container.get();
            case "auto" ->
                dockerAnswers.getAsBoolean() ? startContainerInAuto(container, image) : InJvmTestBroker.start();
            default ->
                throw new IllegalArgumentException(
                        "-D" + KIND_PROPERTY + "=" + kind + " is not one of embedded, testcontainers, auto");
        };
    }

    private static TestBroker startContainerInAuto(Supplier<TestBroker> container, String image) {
        try {
            return container.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "A Docker engine answers, so the tests run on a Kafka container (" + image
                            + "), but it did not start: " + rootMessage(e)
                            + ". Without a registry, run containers/setup-offline"
                            + " first; -D" + KIND_PROPERTY + "=embedded runs the tests on the in-JVM broker instead.",
                    e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root + ")";
    }

    private static void record(Path report, TestBroker broker) {
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, "Kafka broker of these integration tests: " + broker.description() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + report, e);
        }
    }
}
