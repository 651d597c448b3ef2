package io.attache.testkit;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses and starts the broker for a test run. {@code -Dattache.test.broker=embedded|testcontainers|auto}
 * (default {@code auto}): auto uses Testcontainers when a Docker engine answers and the in-JVM KRaft
 * broker otherwise; a forced choice that cannot start fails loudly.
 */
public final class TestBrokers {
    /** The system property that forces a broker kind. */
    public static final String KIND_PROPERTY = "attache.test.broker";

    private static final Logger LOG = LoggerFactory.getLogger(TestBrokers.class);

    private TestBrokers() {
    }

    /** Starts a broker of the configured kind. */
    public static TestBroker start() {
        String kind = System.getProperty(KIND_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        TestBroker broker = switch (kind) {
            case "embedded" -> InJvmTestBroker.start();
            case "testcontainers" -> ContainerTestBroker.start();
            case "auto" -> startAuto();
            default -> throw new IllegalArgumentException(
                    "-D" + KIND_PROPERTY + "=" + kind + " is not one of embedded, testcontainers, auto");
        };
        LOG.info("Test Kafka broker ({}) at {}", broker.kind(), broker.bootstrapServers());
        return broker;
    }

    private static TestBroker startAuto() {
        if (!ContainerTestBroker.dockerAvailable()) {
            return InJvmTestBroker.start();
        }
        try {
            return ContainerTestBroker.start();
        } catch (RuntimeException e) {
            LOG.warn("Docker answers but the Kafka container did not start ({}); using the in-JVM broker", e.getMessage());
            return InJvmTestBroker.start();
        }
    }
}
