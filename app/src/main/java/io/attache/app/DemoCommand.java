package io.attache.app;

import io.attache.app.demo.DemoFeedServer;
import io.attache.app.ops.MetricsServer;
import io.attache.app.view.LiveView;
import io.attache.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache demo}: {@code run --once} over the sample feeds shipped with Attaché, served from a local
 * HTTP server, on a fresh embedded broker; ends by showing the files and a few lines of one record.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Shows the whole pipeline on the sample feeds shipped with Attaché.",
            "Serves them from a local HTTP server on 127.0.0.1 (RSS 2.0, Atom, one broken feed, and a "
                    + "ministry's listing pages with no feed under a robots.txt; some forty press releases across "
                    + "several country pairs, with syndicated near-copies and a tracking-parameter copy), runs `run --once` over them on a fresh embedded broker "
                    + "(--state-dir/demo), then shows where the files are and part of one enriched record.",
            "The view (feed health, pairs × themes, stories, articles) is at http://127.0.0.1:9464/ while it runs; "
                    + "--serve keeps it up after the run until Ctrl-C.",
            "The demo's --out folder is replaced on each run (default out/demo)."
        })
final class DemoCommand implements Callable<Integer> {
    static final String MARKER = ".attache-demo";

    @Mixin
    RunOptions run;

    @Mixin
    MetricsOptions metrics;

    @Mixin
    ViewOptions view;

    @Option(
            names = "--serve",
            description = "After the run, keep serving the view of what it made (at --metrics-host:--metrics-port, "
                    + "default http://127.0.0.1:9464/) until Ctrl-C (default: exit after the run).")
    boolean serve;

    @Mixin
    EnrichOptions enrich;

    @Mixin
    SinkOptions sink;

    @Mixin
    IngestOptions ingest;

    @Mixin
    TopicCreationOptions creation;

    @Mixin
    KafkaOptions kafka;

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (kafka.hasBootstrapServers()) {
            throw new UserException(
                    "demo runs on its own embedded broker: leave out --bootstrap-servers (use `run --once` "
                            + "against a cluster)");
        }
        if (sink.out.equals(Path.of(SinkOptions.DEFAULT_OUT))) {
            sink.out = Path.of(SinkOptions.DEFAULT_OUT, "demo");
        }
        Optional<LiveView> liveView = metrics.port().isPresent() ? view.view() : Optional.empty();
        if (serve && liveView.isEmpty()) {
            throw new UserException("--serve serves the view: leave out --no-view and --no-metrics");
        }
        run.stateDir = run.stateDir.resolve("demo");
        replaceDemoFolder(run.stateDir);
        replaceDemoFolder(sink.out);
        try (DemoFeedServer feeds = DemoFeedServer.start()) {
            Path feedsFile = Files.writeString(run.stateDir.resolve("feeds.yaml"), feeds.feedsYaml());
            ingest.feedsFile = feedsFile;
            System.out.println("Serving the demo feeds on " + feeds.baseUrl() + " (feeds file: " + feedsFile + ")");
            int code = RunCommand.launch(
                    kafka,
                    run,
                    metrics,
                    liveView,
                    true,
                    RunCommand.parts(kafka, run, ingest, enrich, sink, creation),
                    Clock.systemUTC());
            showFiles(kafka.topics().enriched());
            if (code != 0 || !serve) {
                return code;
            }
        }
        serveUntilStopped(liveView.get());
        return 0;
    }

    /** Serves the view of what the run read, and /health, until Ctrl-C; the broker has stopped by now. */
    private void serveUntilStopped(LiveView liveView) throws InterruptedException {
        MetricsServer server = MetricsServer.start(
                MetricsServer.newRegistry(),
                metrics.metricsHost,
                metrics.port().orElseThrow(),
                () -> true,
                liveView.routes());
        System.out.println();
        System.out.println(
                "The view of the demo: http://" + metrics.metricsHost + ":" + server.port() + "/ (Ctrl-C stops).");
        StopSignal.awaitThen("demo", server::close);
    }

    /** Empties a folder the demo made before (it holds the marker), or makes it; never touches anything else. */
    private static void replaceDemoFolder(Path folder) throws IOException {
        if (Files.exists(folder)) {
            if (!Files.exists(folder.resolve(MARKER))) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new UserException(folder + " exists and was not made by the demo: give another --out or "
                                + "--state-dir, or remove it");
                    }
                }
            }
            try (Stream<Path> tree = Files.walk(folder)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(MARKER), "Made by `attache demo`; replaced on its next run.\n");
    }

    private void showFiles(String enrichedTopic) throws IOException {
        Path enrichedDir = sink.out.resolve(enrichedTopic);
        System.out.println();
        System.out.println("Files are under " + sink.out.toAbsolutePath() + ", e.g.:");
        Optional<Path> first;
        try (Stream<Path> files = Files.walk(enrichedDir)) {
            List<Path> jsonl = files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
            jsonl.stream().limit(5).forEach(p -> System.out.println("  " + sink.out.relativize(p)));
            first = jsonl.stream().findFirst();
        } catch (UncheckedIOException | IOException e) {
            first = Optional.empty();
        }
        if (first.isPresent()) {
            String line = Files.readAllLines(first.get()).get(0);
            System.out.println();
            System.out.println(
                    "First enriched record of " + sink.out.relativize(first.get()) + " (pretty-printed, cut):");
            String pretty = Json.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Json.mapper().readTree(line));
            pretty.lines().limit(40).forEach(l -> System.out.println("  " + l));
        }
    }
}
