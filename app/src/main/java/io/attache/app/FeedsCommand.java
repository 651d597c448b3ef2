package io.attache.app;

import io.attache.ingest.FeedConfig;
import io.attache.ingest.FeedDiscovery;
import io.attache.ingest.FeedsFile;
import io.attache.ingest.FeedsFileAppender;
import io.attache.ingest.OpmlFeeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache feeds}: brings a list of feeds from another reader, takes it to one, or finds a page's feeds. */
@Command(
        name = "feeds",
        mixinStandardHelpOptions = true,
        description =
                "Imports feeds from OPML, exports the feeds file as OPML, and finds the feeds a web page advertises.",
        subcommands = {FeedsCommand.Import.class, FeedsCommand.Export.class, FeedsCommand.Discover.class})
final class FeedsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code attache feeds import FILE.opml}. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Adds the feeds of an OPML subscription list to the feeds file, keeping its comments; "
                    + "feeds whose URL or id it already lists are skipped.")
    static final class Import implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.opml", description = "OPML file exported by another feed reader.")
        Path opml;

        @Option(
                names = "--feeds",
                paramLabel = "FILE",
                defaultValue = "feeds.yaml",
                description = "Feeds file to add to, created when missing (default: ${DEFAULT-VALUE}).")
        Path feedsFile;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            FeedsFileAppender.Appended result = FeedsFileAppender.append(feedsFile, OpmlFeeds.read(opml));
            result.added().forEach(feed -> out.println("  added    " + feed.id() + "  " + feed.url()));
            result.skipped()
                    .forEach(feed -> out.println("  skipped  " + feed.id() + "  " + feed.url() + " (already listed)"));
            out.println("Imported " + result.added().size() + " feeds into " + feedsFile + " ("
                    + result.skipped().size() + " already listed).");
            out.flush();
            return 0;
        }
    }

    /** {@code attache feeds export}. */
    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Writes the feeds file as an OPML 2.0 subscription list, for other feed readers.")
    static final class Export implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(
                names = "--feeds",
                paramLabel = "FILE",
                defaultValue = "feeds.yaml",
                description = "Feeds file to export (default: ${DEFAULT-VALUE}).")
        Path feedsFile;

        @Option(
                names = "--out",
                paramLabel = "FILE",
                description = "Where to write the OPML (default: standard output).")
        Path outFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<FeedConfig> feeds = FeedsFile.load(feedsFile);
            String opml = OpmlFeeds.write(feeds, "Attaché feeds (" + feedsFile.getFileName() + ")");
            if (outFile == null) {
                out.print(opml);
            } else {
                Files.writeString(outFile, opml, StandardCharsets.UTF_8);
                out.println("Exported " + feeds.size() + " feeds to " + outFile + ".");
            }
            out.flush();
            return 0;
        }
    }

    /** {@code attache feeds discover URL}. */
    @Command(
            name = "discover",
            mixinStandardHelpOptions = true,
            description =
                    "Lists the feeds a web page advertises (<link rel=\"alternate\"> of RSS, Atom and JSON Feed).")
    static final class Discover implements Callable<Integer> {
        private static final int MAX_PAGE_BYTES = 5 * 1024 * 1024;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "URL", description = "The page: an http(s) URL, or the path of a saved page.")
        String page;

        @Option(
                names = "--timeout",
                paramLabel = "DURATION",
                defaultValue = "20s",
                converter = DurationConverter.class,
                description = "How long to wait for the page (default: ${DEFAULT-VALUE}).")
        Duration timeout;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            URI uri = page.matches("(?i)https?://.*")
                    ? URI.create(page)
                    : Path.of(page).toAbsolutePath().toUri();
            List<FeedDiscovery.Advertised> found = FeedDiscovery.find(fetch(uri), uri);
            if (found.isEmpty()) {
                out.println("No feeds advertised by " + uri + ".");
            }
            found.forEach(feed ->
                    out.println(feed.url() + "  " + feed.type() + (feed.title().isEmpty() ? "" : "  " + feed.title())));
            out.flush();
            return 0;
        }

        private String fetch(URI uri) throws IOException, InterruptedException {
            if (uri.getScheme().equals("file")) {
                return Files.readString(Path.of(uri), StandardCharsets.UTF_8);
            }
            HttpClient client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(timeout)
                    .build();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(timeout)
                            .header("User-Agent", "Attache feed discovery")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() >= 400) {
                    throw new UserException(uri + ": HTTP " + response.statusCode());
                }
                // A page's head, where feeds are advertised, is near its start: a huge page is read no further.
                return new String(body.readNBytes(MAX_PAGE_BYTES), StandardCharsets.UTF_8);
            }
        }
    }
}
