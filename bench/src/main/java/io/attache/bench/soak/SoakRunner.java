package io.attache.bench.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak: a given number of distinct articles through {@code attache run} (its own embedded broker) as a
 * separate process at {@code -Xmx512m} with a retention and story window of {@value #RETENTION} and a broker
 * retention of {@value #BROKER_RETENTION}, fed by local feeds at up to 240 articles/s. Every 10 s it samples the
 * articles in committed {@code news.enriched} files and the disk use of the run's state folder; the run's GC log
 * gives the heap after each collection; at the end the committed files give the time from fetch to committed file
 * of every article. Writes {@code samples.csv}, {@code heap.csv} and {@code soak.png} to the results folder and
 * prints the figures.
 *
 * <pre>java -cp bench/target/benchmarks.jar io.attache.bench.soak.SoakRunner [articles] [results-dir] [max-minutes]</pre>
 *
 * It runs {@code app/target/attache.jar} (build both: {@code mvn -B -ntp -Pbench -pl app,bench -am -DskipTests
 * package}); another jar can be named with {@code -Dattache.jar=PATH}.
 */
public final class SoakRunner {
    private static final Duration SAMPLE_EVERY = Duration.ofSeconds(10);
    private static final int FEEDS = 8;
    /**
     * New articles per feed and request: eight feeds, each polled every second, give at most 240 articles/s; ingest's
     * two fetches in flight per host make it about 140/s here. The run's parts take what arrives as fast as they can,
     * and tagging holds a retention's worth of the articles it fetched (at the fetch rate, not the rate files are
     * written), so the heap needed grows with the rate: at 50 per request (about 210/s) -Xmx512m was full from the
     * third minute (docs/benchmarks.md).
     */
    private static final int PAGE = 30;
    /**
     * The run's retention and story window. Record times are wall-clock, so under the defaults (30 days, 72 h) nothing
     * held would ever be forgotten within a soak of hours, and the heap could not level off; with a retention shorter
     * than the run it must, if it is bounded by it.
     */
    private static final String RETENTION = "2m";
    /**
     * The embedded broker's retention: short too, so that its disk use levels off within the run, but longer than
     * enrich may lag behind ingest, since records deleted before enrich reads them would be lost.
     */
    private static final String BROKER_RETENTION = "10m";

    private static final Pattern GC_LINE =
            Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s\\].*Pause.* (\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern FETCHED_AT = Pattern.compile("\"fetchedAt\":\"([^\"]+)\"");

    private SoakRunner() {}

    /** One sample of the run's progress. */
    record Sample(double seconds, long served, long articlesInFiles, long stateBytes) {}

    /** The heap after one collection. */
    record HeapPoint(double seconds, long heapAfterMb) {}

    public static void main(String[] args) throws Exception {
        long articles = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path results = Path.of(args.length > 1 ? args[1] : "bench/target/soak");
        Duration limit = Duration.ofMinutes(args.length > 2 ? Long.parseLong(args[2]) : 600);
        Path jar = Path.of(System.getProperty("attache.jar", "app/target/attache.jar"))
                .toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with mvn -B -ntp -DskipTests install");
        }
        Files.createDirectories(results);
        Path work = Files.createTempDirectory("attache-soak");
        try (SoakFeeds feeds = SoakFeeds.start(FEEDS, PAGE, articles)) {
            Path feedsFile = Files.writeString(work.resolve("feeds.yaml"), feeds.feedsFile());
            Path gcLog = work.resolve("gc.log");
            Path out = work.resolve("out");
            Path state = work.resolve("state");
            Process run = new ProcessBuilder(
                            javaExecutable(),
                            "-Xmx512m",
                            "-Xlog:gc:file=" + gcLog + ":uptime",
                            "-jar",
                            jar.toString(),
                            "run",
                            "--feeds",
                            feedsFile.toString(),
                            "--out",
                            out.toString(),
                            "--state-dir",
                            state.toString(),
                            "--broker-port",
                            Integer.toString(freePort()),
                            "--metrics-port",
                            Integer.toString(freePort()),
                            "--retention",
                            RETENTION,
                            "--story-window",
                            RETENTION,
                            "--broker-retention",
                            BROKER_RETENTION)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("run.log").toFile())
                    .start();
            Instant started = Instant.now();
            List<Sample> samples = new ArrayList<>();
            ArticleCount inFiles = new ArticleCount(out.resolve("news.enriched"));
            try {
                Instant deadline = started.plus(limit);
                while (run.isAlive() && Instant.now().isBefore(deadline)) {
                    run.waitFor(SAMPLE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
                    Sample sample = new Sample(
                            Duration.between(started, Instant.now()).toMillis() / 1000.0,
                            feeds.served(),
                            inFiles.update(),
                            bytesUnder(state));
                    samples.add(sample);
                    System.out.printf(
                            Locale.ROOT,
                            "%7.0f s: %,d served, %,d in files, state %,d MB%n",
                            sample.seconds(),
                            sample.served(),
                            sample.articlesInFiles(),
                            sample.stateBytes() >> 20);
                    if (sample.served() >= articles && sample.articlesInFiles() >= sample.served()) {
                        break;
                    }
                }
            } finally {
                run.destroy(); // SIGTERM: the run commits its open files and stops its broker
                if (!run.waitFor(5, TimeUnit.MINUTES)) {
                    run.destroyForcibly();
                }
            }
            List<HeapPoint> heap = heapAfterGc(gcLog);
            List<Long> latencies = fetchToFileMillis(out);
            SoakPlot.write(results.resolve("soak.png"), samples, heap);
            writeCsv(results, samples, heap);
            String summary = summary(articles, samples, heap, latencies);
            Files.writeString(results.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
            System.out.print(summary);
            System.out.println("Run folder (delete when done): " + work);
        }
    }

    /**
     * Disk use of a folder as {@code du} counts it: allocated blocks, not file lengths, since Kafka's index files
     * are preallocated sparse files whose length says 10 MB each.
     */
    private static long bytesUnder(Path folder) throws IOException, InterruptedException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        Process du = new ProcessBuilder("du", "-s", "--block-size=1", folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(du.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        du.waitFor();
        return output.isBlank() ? 0 : Long.parseLong(output.trim().split("\\s+")[0]);
    }

    private static List<HeapPoint> heapAfterGc(Path gcLog) throws IOException {
        List<HeapPoint> points = new ArrayList<>();
        if (!Files.exists(gcLog)) {
            return points;
        }
        for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
            Matcher m = GC_LINE.matcher(line);
            if (m.find()) {
                points.add(new HeapPoint(Double.parseDouble(m.group(1)), Long.parseLong(m.group(3))));
            }
        }
        return points;
    }

    /** For every line of the committed {@code news.enriched} files: the file's time minus the article's fetchedAt. */
    private static List<Long> fetchToFileMillis(Path out) throws IOException {
        List<Long> latencies = new ArrayList<>();
        Path enriched = out.resolve("news.enriched");
        if (!Files.isDirectory(enriched)) {
            return latencies;
        }
        try (Stream<Path> files = Files.walk(enriched)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jsonl"))::iterator) {
                long committed = Files.getLastModifiedTime(file).toMillis();
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    lines.forEach(line -> {
                        Matcher m = FETCHED_AT.matcher(line);
                        if (m.find()) {
                            latencies.add(committed - Instant.parse(m.group(1)).toEpochMilli());
                        }
                    });
                }
            }
        }
        Collections.sort(latencies);
        return latencies;
    }

    private static void writeCsv(Path results, List<Sample> samples, List<HeapPoint> heap) throws IOException {
        StringBuilder csv = new StringBuilder("seconds,served,articles_in_files,state_bytes\n");
        samples.forEach(s -> csv.append(String.format(
                Locale.ROOT, "%.1f,%d,%d,%d%n", s.seconds(), s.served(), s.articlesInFiles(), s.stateBytes())));
        Files.writeString(results.resolve("samples.csv"), csv);
        StringBuilder gc = new StringBuilder("seconds,heap_after_gc_mb\n");
        heap.forEach(h -> gc.append(String.format(Locale.ROOT, "%.3f,%d%n", h.seconds(), h.heapAfterMb())));
        Files.writeString(results.resolve("heap.csv"), gc);
    }

    private static String summary(long articles, List<Sample> samples, List<HeapPoint> heap, List<Long> latencies) {
        Sample last = samples.isEmpty() ? new Sample(0, 0, 0, 0) : samples.get(samples.size() - 1);
        Sample firstFetch =
                samples.stream().filter(s -> s.served() > 0).findFirst().orElse(last);
        double seconds = Math.max(1, last.seconds() - firstFetch.seconds());
        long maxState = samples.stream().mapToLong(Sample::stateBytes).max().orElse(0);
        return String.format(
                Locale.ROOT,
                "Soak: %,d articles asked, %,d in files after %.0f s%n"
                        + "Sustained: %.0f articles/s (from the first fetch to the last article in a committed file)%n"
                        + "Heap after GC, median: first quarter %d MB, last quarter %d MB (-Xmx512m)%n"
                        + "State folder: at most %,d MB%n"
                        + "Fetch to committed file: p50 %.1f s, p99 %.1f s (%,d articles)%n",
                articles,
                last.articlesInFiles(),
                last.seconds(),
                last.articlesInFiles() / seconds,
                quarterMedian(heap, 0),
                quarterMedian(heap, 3),
                maxState >> 20,
                percentile(latencies, 0.50) / 1000.0,
                percentile(latencies, 0.99) / 1000.0,
                latencies.size());
    }

    private static long quarterMedian(List<HeapPoint> heap, int quarter) {
        if (heap.isEmpty()) {
            return 0;
        }
        double end = heap.get(heap.size() - 1).seconds();
        List<Long> inQuarter = heap.stream()
                .filter(h -> h.seconds() >= end * quarter / 4 && h.seconds() <= end * (quarter + 1) / 4)
                .map(HeapPoint::heapAfterMb)
                .sorted()
                .toList();
        return inQuarter.isEmpty() ? 0 : inQuarter.get(inQuarter.size() / 2);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }

    private static String javaExecutable() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
