package io.attache.app.faults;

import static org.awaitility.Awaitility.await;

import io.attache.testkit.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole pipeline as separate processes on 127.0.0.1: a broker, ingest, two enrich and two sink
 * instances, each the {@code attache} command a user runs, sharing one output folder.
 */
final class Pipeline implements AutoCloseable {
    private static final String BROKER_READY = "Kafka broker ready at";
    private static final Duration BROKER_START = Duration.ofMinutes(3);

    private final PartProcess broker;
    private final List<PartProcess> parts;
    private final Path out;
    private final String bootstrap;

    private Pipeline(PartProcess broker, List<PartProcess> parts, Path out, String bootstrap) {
        this.bootstrap = bootstrap;
        this.broker = broker;
        this.parts = List.copyOf(parts);
        this.out = out;
    }

    /** The processes of a pipeline under {@code dir} (not started), reading the feeds file {@code feeds}. */
    static Pipeline at(Path dir, Path jar, Path feeds) {
        int port = FreePorts.onLoopback();
        String bootstrap = "127.0.0.1:" + port;
        Path out = dir.resolve("out");
        PartProcess broker = new PartProcess(
                "broker",
                jar,
                "384m",
                List.of(
                        "broker",
                        "--port",
                        String.valueOf(port),
                        "--data-dir",
                        dir.resolve("broker").toString()),
                dir);
        List<PartProcess> parts = new ArrayList<>();
        parts.add(new PartProcess(
                "ingest",
                jar,
                "192m",
                List.of(
                        "ingest",
                        "--bootstrap-servers",
                        bootstrap,
                        "--no-metrics",
                        "--feeds",
                        feeds.toString(),
                        "--timeout",
                        "2s",
                        "--connect-timeout",
                        "1s",
                        "--max-backoff",
                        "3s"),
                dir));
        for (int i = 1; i <= 2; i++) {
            parts.add(new PartProcess(
                    "enrich-" + i,
                    jar,
                    "256m",
                    List.of(
                            "enrich",
                            "--bootstrap-servers",
                            bootstrap,
                            "--no-metrics",
                            "--state-dir",
                            dir.resolve("enrich-state-" + i).toString()),
                    dir));
        }
        for (int i = 1; i <= 2; i++) {
            parts.add(new PartProcess(
                    "sink-" + i,
                    jar,
                    "192m",
                    List.of(
                            "sink",
                            "--bootstrap-servers",
                            bootstrap,
                            "--no-metrics",
                            "--out",
                            out.toString(),
                            "--topics",
                            "news.enriched,news.duplicates",
                            "--topic-regex",
                            "news\\.theme\\..*",
                            "--rotate-records",
                            "50",
                            "--idle-close",
                            "2s"),
                    dir));
        }
        return new Pipeline(broker, parts, out, bootstrap);
    }

    Path out() {
        return out;
    }

    String bootstrapServers() {
        return bootstrap;
    }

    /** The parts other than the broker, the ones a fault may kill on their own. */
    List<PartProcess> parts() {
        return parts;
    }

    /** Starts the broker, waits until it is ready, then starts every part. */
    void start() {
        startBroker();
        parts.forEach(PartProcess::start);
    }

    /** {@code kill -9} of one part, then its restart. */
    void killAndRestart(PartProcess part) {
        part.kill();
        part.start();
    }

    /** Stops the broker, with SIGTERM or {@code kill -9}, and starts it again; the parts keep running. */
    void restartBroker(boolean graceful) {
        if (graceful) {
            broker.stop();
        } else {
            broker.kill();
        }
        startBroker();
    }

    /** {@code kill -9} of every process at once (a power cut), then a fresh start of all. */
    void killAll() {
        all().forEach(part -> part.kill());
        start();
    }

    /** Starts again any part that exited on its own (as a service manager would), returning their names. */
    List<String> restartExited() {
        List<String> restarted = new ArrayList<>();
        if (!broker.isAlive()) {
            restarted.add(broker.name() + " (exit " + broker.exitCode().orElse(-1) + ")");
            startBroker();
        }
        for (PartProcess part : parts) {
            if (!part.isAlive()) {
                restarted.add(part.name() + " (exit " + part.exitCode().orElse(-1) + ")");
                part.start();
            }
        }
        return restarted;
    }

    /** The graceful stop of every part but the broker (SIGTERM), in pipeline order; returns their exit codes. */
    List<String> stopParts() {
        return parts.stream().map(part -> part.name() + "=" + part.stop()).toList();
    }

    /** The last lines of every process's log. */
    String tails(int lines) {
        StringBuilder report = new StringBuilder();
        all().forEach(part -> report.append(System.lineSeparator())
                .append("---- ")
                .append(part.name())
                .append(" (")
                .append(part.log())
                .append(")")
                .append(System.lineSeparator())
                .append(part.tail(lines)));
        return report.toString();
    }

    private void startBroker() {
        int starts = broker.starts() + 1;
        broker.start();
        await().atMost(BROKER_START)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> broker.linesContaining(BROKER_READY) >= starts || !broker.isAlive());
        if (!broker.isAlive()) {
            throw new IllegalStateException("the broker exited on start:" + System.lineSeparator() + broker.tail(40));
        }
    }

    private Stream<PartProcess> all() {
        return Stream.concat(Stream.of(broker), parts.stream());
    }

    @Override
    public void close() {
        all().forEach(PartProcess::kill);
    }
}
