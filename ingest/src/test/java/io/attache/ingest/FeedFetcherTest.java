package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.testkit.FreePorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFetcherTest {
    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");
    private static final String FEED = SampleFeeds.rss("http://example.org", 2);

    private final LocalHttpServer server = new LocalHttpServer();
    private final FetchLimits limits =
            FetchLimits.defaults().withTotalTimeout(Duration.ofSeconds(2)).withMaxBytes(64 * 1024);
    private final FeedFetcher fetcher = new FeedFetcher(limits, Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchResponse fetch(String path) {
        return fetcher.fetchFeed(server.url(path), "", "");
    }

    @Test
    void okResponseCarriesBodyAndValidators() {
        server.serve("/rss", FEED, "ETag", "\"v1\"", "Last-Modified", "Wed, 10 Jan 2024 07:00:00 GMT");

        FetchResponse response = fetch("/rss");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        assertThat(response.etag()).isEqualTo("\"v1\"");
        assertThat(response.lastModified()).isEqualTo("Wed, 10 Jan 2024 07:00:00 GMT");
    }

    @Test
    void userAgentNamesTheProjectAndItsVersion() {
        server.serve("/rss", FEED);

        fetch("/rss");

        assertThat(server.requests().get(0).header("User-Agent"))
                .startsWith("Attache/" + io.attache.model.AttacheVersion.get());
    }

    @Test
    void aUserAgentThatIsNoProductTokenIsRefused() {
        assertThatThrownBy(() -> limits.withUserAgent("Attaché news bot"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Attaché news bot' is not a product token");
    }

    @Test
    void conditionalGetSendsValidatorsAndReadsNotModified() {
        server.on("/rss", exchange -> {
            boolean fresh = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
                    && "Wed, 10 Jan 2024 07:00:00 GMT"
                            .equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"));
            LocalHttpServer.send(
                    exchange, fresh ? 304 : 200, fresh ? new byte[0] : FEED.getBytes(StandardCharsets.UTF_8));
        });

        FetchResponse response = fetcher.fetchFeed(server.url("/rss"), "\"v1\"", "Wed, 10 Jan 2024 07:00:00 GMT");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    }

    @Test
    void cacheControlMaxAgeSetsFreshness() {
        server.serve("/rss", FEED, "Cache-Control", "public, max-age=3600");

        assertThat(fetch("/rss").freshFor()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void expiresSetsFreshnessWhenThereIsNoMaxAge() {
        server.serve("/rss", FEED, "Expires", "Wed, 10 Jan 2024 08:30:00 GMT");

        assertThat(fetch("/rss").freshFor()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void gzipBodyIsDecompressed() throws IOException {
        byte[] gz = gzip(FEED.getBytes(StandardCharsets.UTF_8));
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 200, gz, "Content-Encoding", "gzip"));

        assertThat(new String(fetch("/rss").body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    }

    @Test
    void deflateBodyIsDecompressed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
            deflate.write(FEED.getBytes(StandardCharsets.UTF_8));
        }
        server.on(
                "/rss",
                exchange -> LocalHttpServer.send(exchange, 200, out.toByteArray(), "Content-Encoding", "deflate"));

        assertThat(new String(fetch("/rss").body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    }

    @Test
    void gzipBombStopsAtTheCapOnDecompressedBytes() throws IOException {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan((int) limits.maxBytes());
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 200, bomb, "Content-Encoding", "gzip"));

        assertThat(fetch("/rss").outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    }

    @Test
    void bodyOverTheCapIsTooLargeEvenWithoutContentLength() {
        server.on("/rss", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 1000; i++) {
                    out.write(new byte[16 * 1024]);
                }
            }
        });

        assertThat(fetch("/rss").outcome()).isEqualTo(FetchOutcome.TOO_LARGE);
    }

    @Test
    void permanentRedirectUpdatesTheEffectiveUrl() {
        server.on("/old", exchange -> LocalHttpServer.send(exchange, 301, new byte[0], "Location", "/new"));
        server.serve("/new", FEED);

        FetchResponse response = fetch("/old");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(response.effectiveUrl()).isEqualTo(server.url("/new"));
    }

    @Test
    void temporaryRedirectKeepsTheEffectiveUrl() {
        server.on("/feed", exchange -> LocalHttpServer.send(exchange, 302, new byte[0], "Location", "/today"));
        server.serve("/today", FEED);

        FetchResponse response = fetch("/feed");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(response.effectiveUrl()).isEqualTo(server.url("/feed"));
        assertThat(response.finalUrl()).isEqualTo(server.url("/today"));
    }

    @Test
    void redirectLoopIsDetected() {
        server.on("/a", exchange -> LocalHttpServer.send(exchange, 302, new byte[0], "Location", "/b"));
        server.on("/b", exchange -> LocalHttpServer.send(exchange, 302, new byte[0], "Location", "/a"));

        assertThat(fetch("/a").outcome()).isEqualTo(FetchOutcome.REDIRECT_LOOP);
    }

    @Test
    void moreThanFiveRedirectsAreRefused() {
        server.on("/r", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(3));
            LocalHttpServer.send(exchange, 302, new byte[0], "Location", "/r/" + (n + 1));
        });

        FetchResponse response = fetch("/r/0");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.TOO_MANY_REDIRECTS);
        assertThat(server.requests()).hasSize(6);
    }

    @Test
    void tooManyRequestsHonoursRetryAfterSeconds() {
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 429, new byte[0], "Retry-After", "120"));

        FetchResponse response = fetch("/rss");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(response.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void serviceUnavailableHonoursRetryAfterHttpDate() {
        String at =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 503, new byte[0], "Retry-After", at));

        FetchResponse response = fetch("/rss");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.RATE_LIMITED);
        assertThat(response.retryAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void clientAndServerErrorsAreClassed() {
        server.on("/gone", exchange -> LocalHttpServer.send(exchange, 404, "nope".getBytes(StandardCharsets.UTF_8)));
        server.on("/broken", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));

        assertThat(fetch("/gone").outcome()).isEqualTo(FetchOutcome.HTTP_4XX);
        assertThat(fetch("/broken").outcome()).isEqualTo(FetchOutcome.HTTP_5XX);
    }

    @Test
    void dripFeedServerTimesOutAtTheTotalTimeout() {
        server.on("/rss", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('<');
                    out.flush();
                    sleep(100);
                }
            }
        });

        assertThat(fetch("/rss").outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    }

    @Test
    void serverThatNeverAnswersTimesOut() {
        server.on("/rss", exchange -> sleep(5000));

        assertThat(fetch("/rss").outcome()).isEqualTo(FetchOutcome.TIMEOUT);
    }

    @Test
    void refusedConnectionIsConnectionFailed() {
        int port = FreePorts.onLoopback();

        FetchResponse response = fetcher.fetchFeed(URI.create("http://127.0.0.1:" + port + "/rss"), "", "");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.CONNECTION_FAILED);
    }

    @Test
    void savedFeedIsReadFromAFileUrl() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.xml"), FEED);

        FetchResponse response = fetcher.fetchFeed(file.toUri(), "", "");

        assertThat(response.outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(response.body()).hasSize(FEED.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void missingFileIsUnreadable() {
        assertThat(fetcher.fetchFeed(dir.resolve("none.xml").toUri(), "", "").outcome())
                .isEqualTo(FetchOutcome.FILE_UNREADABLE);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
