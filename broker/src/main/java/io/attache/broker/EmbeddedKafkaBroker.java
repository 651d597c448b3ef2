package io.attache.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster (combined broker and KRaft controller) running inside this JVM, built from
 * Apache Kafka's own production jars. Storage is formatted on first start and reused afterwards, so a
 * restart finds its topics, offsets and transactions where it left them.
 *
 * <p>Single-node settings that exactly-once processing needs are applied: replication factor 1 and
 * min ISR 1 for the offsets and transaction-state topics, and no initial rebalance delay.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    /** Kafka's own interval between retention checks, shortened for a retention shorter than it. */
    private static final Duration RETENTION_CHECK = Duration.ofMinutes(5);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, int port, Map<String, String> overrides) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port == 0 ? freePort() : port;
        this.controllerPort = freePort();
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * A broker that will listen on {@code 127.0.0.1:port} (0 picks a free port) and keep its data in
     * {@code dataDir}. Call {@link #start()}.
     */
    public static EmbeddedKafkaBroker at(Path dataDir, int port) {
        return new EmbeddedKafkaBroker(dataDir, port, Map.of());
    }

    /** The same broker with extra or replaced broker properties. */
    public EmbeddedKafkaBroker withProperties(Map<String, String> properties) {
        Map<String, String> merged = new TreeMap<>(overrides);
        merged.putAll(properties);
        return new EmbeddedKafkaBroker(dataDir, port, merged);
    }

    /**
     * The same broker keeping records for {@code retention} instead of Kafka's 7 days, so that its disk use is bounded
     * by what arrives in that time. Retention deletes whole closed segments, so segments also roll at least that
     * often (else a quiet topic keeps one open segment, never deleted); and the deleted keys of compacted topics (the
     * state stores' changelogs, whose purged entries are tombstones) are dropped after that long instead of a day.
     */
    public EmbeddedKafkaBroker withRetention(Duration retention) {
        String millis = Long.toString(retention.toMillis());
        return withProperties(Map.of(
                "log.retention.ms",
                millis,
                "log.roll.ms",
                millis,
                "log.cleaner.delete.retention.ms",
                millis,
                "log.retention.check.interval.ms",
                Long.toString(Math.min(retention.toMillis(), RETENTION_CHECK.toMillis()))));
    }

    /** Formats storage if this data directory is new, then starts the broker and waits until it serves. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            throw new IllegalStateException("broker already started");
        }
        Path logDir = dataDir.resolve("kraft-logs");
        Map<String, String> props = serverProperties(logDir);
        formatIfNew(logDir, props);
        KafkaConfig config = KafkaConfig.fromProps(toProperties(props), false);
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        LOG.info("Kafka broker listening on {} (data in {})", bootstrapServers(), dataDir);
        return this;
    }

    /** The address clients connect to, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** Where this broker keeps its data. */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has stopped. Close clients and Streams apps first. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        LOG.info("Stopping Kafka broker on {}", bootstrapServers());
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private Map<String, String> serverProperties(Path logDir) {
        Map<String, String> props = new TreeMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The cleaner's default 128 MiB dedupe buffer is sized for big clusters; a single node needs little.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        props.put("auto.create.topics.enable", "false");
        props.putAll(overrides);
        return props;
    }

    private void formatIfNew(Path logDir, Map<String, String> props) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path configFile = dataDir.resolve("server.properties");
            StringBuilder text = new StringBuilder("# Written by Attaché to format this broker's storage.\n");
            props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.writeString(configFile, text);
            String clusterId = Uuid.randomUuid().toString();
            // Transactions v1: with v2, Streams' exactly-once producer on a single node logs bursts of retried
            // CONCURRENT_TRANSACTIONS / OutOfOrderSequence errors between commits; v1 gives the same
            // guarantees without them.
            ByteArrayOutputStream toolOutput = new ByteArrayOutputStream();
            int rc = StorageTool.execute(
                    new String[] {
                        "format",
                        "-t",
                        clusterId,
                        "-c",
                        configFile.toString(),
                        "--ignore-formatted",
                        "--feature",
                        "transaction.version=1"
                    },
                    new PrintStream(toolOutput, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("formatting Kafka storage in " + logDir + " failed with code " + rc
                        + ": " + toolOutput.toString(StandardCharsets.UTF_8).strip());
            }
            LOG.info("Formatted new Kafka storage in {} (cluster {})", logDir, clusterId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
        }
    }

    private static Properties toProperties(Map<String, String> props) {
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST, e);
        }
    }
}
