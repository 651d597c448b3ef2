package io.attache.app;

import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How the whole pipeline runs in one process; shared by {@code run} and {@code demo}. */
public final class RunOptions {
    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = ".attache",
            description = "Where the embedded broker (<DIR>/broker) and Kafka Streams (<DIR>/enrich-state) keep their "
                    + "data (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(
            names = "--broker-port",
            paramLabel = "N",
            defaultValue = "9092",
            description = "Port of the embedded broker, when no --bootstrap-servers is given; if it is taken, a free "
                    + "port is used and logged (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(
            names = "--broker-retention",
            paramLabel = "DURATION",
            defaultValue = "7d",
            converter = DurationConverter.class,
            description = "How long the embedded broker keeps records, when no --bootstrap-servers is given: bounds "
                    + "its disk use by what arrives in that time; its segments roll at least that often "
                    + "(default: ${DEFAULT-VALUE}, Kafka's own).")
    Duration brokerRetention;

    @Option(
            names = "--drain-timeout",
            paramLabel = "DURATION",
            defaultValue = "5m",
            converter = DurationConverter.class,
            description = "With --once: longest wait for enrichment and the sink to finish after the poll "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration drainTimeout;
}
