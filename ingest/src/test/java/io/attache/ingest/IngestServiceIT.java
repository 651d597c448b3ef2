package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.model.Article;
import io.attache.model.FeedState;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IngestServiceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final LocalHttpServer server = new LocalHttpServer();
    private final Topics topics = new Topics(KAFKA.uniqueName("ingest"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private IngestSettings settings(List<FeedConfig> feeds) {
        return new IngestSettings(
                feeds,
                KAFKA.bootstrapServers(),
                topics,
                FetchLimits.defaults().withTotalTimeout(Duration.ofSeconds(3)),
                2,
                (short) 1);
    }

    @Test
    void publishesArticlesOfEveryHealthyFeedAndRecordsEachFeedsState() throws IOException {
        server.serve("/a", SampleFeeds.rss(server.base() + "/a", 3), "ETag", "\"a1\"");
        server.serve("/broken", "<rss><channel><item>");
        Path saved = Files.writeString(dir.resolve("saved.xml"), SampleFeeds.rss("https://saved.example", 2));
        List<FeedConfig> feeds = List.of(
                FeedConfig.of("a", server.url("/a")),
                FeedConfig.of("broken", server.url("/broken")),
                FeedConfig.of("saved", saved.toUri()));

        PollReport report;
        try (IngestService ingest = IngestService.create(settings(feeds), Clock.systemUTC(), registry)) {
            report = ingest.pollOnce();
        }

        assertThat(report.results())
                .extracting(FeedPollResult::feedId, FeedPollResult::outcome, FeedPollResult::published)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", FetchOutcome.OK, 3),
                        org.assertj.core.groups.Tuple.tuple("broken", FetchOutcome.MALFORMED_XML, 0),
                        org.assertj.core.groups.Tuple.tuple("saved", FetchOutcome.OK, 2));
        List<Article> articles = articles();
        assertThat(articles).hasSize(5);
        assertThat(articles).extracting(a -> a.feed().id()).containsOnly("a", "saved");
        Map<String, FeedState> states = states();
        assertThat(states.get("a").etag()).isEqualTo("\"a1\"");
        assertThat(states.get("broken").lastOutcome()).isEqualTo("malformed_xml");
        assertThat(registry.get("attache.ingest.fetches")
                        .tag("outcome", "ok")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(registry.get("attache.ingest.articles.published").counter().count())
                .isEqualTo(5.0);
    }

    @Test
    void hostileFeedsEachGetTheirClassAndLeaveTheHealthyOnePublished() throws IOException {
        String healthy = SampleFeeds.rss(server.base() + "/ok", 2);
        server.serve("/ok", healthy);
        server.serve(
                "/xxe",
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        server.serve("/html", "<!DOCTYPE html><html><body>Not a feed</body></html>", "Content-Type", "text/html");
        server.serve("/truncated", healthy.substring(0, healthy.length() / 2));
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bomb)) {
            gz.write(new byte[64 * 1024 * 1024]);
        }
        server.on(
                "/bomb",
                exchange -> LocalHttpServer.send(exchange, 200, bomb.toByteArray(), "Content-Encoding", "gzip"));
        server.on("/loop", exchange -> LocalHttpServer.send(exchange, 301, new byte[0], "Location", "/loop"));
        server.on("/drip", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (java.io.OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(100);
                }
            }
        });
        List<String> paths = List.of("/ok", "/xxe", "/html", "/truncated", "/bomb", "/loop", "/drip");
        List<FeedConfig> feeds = paths.stream()
                .map(p -> FeedConfig.of(p.substring(1), server.url(p)))
                .toList();

        PollReport report;
        try (IngestService ingest = IngestService.create(settings(feeds), Clock.systemUTC(), registry)) {
            report = ingest.pollOnce();
        }

        assertThat(report.results())
                .extracting(FeedPollResult::outcome)
                .containsExactly(
                        FetchOutcome.OK,
                        FetchOutcome.DOCTYPE_FORBIDDEN,
                        FetchOutcome.NOT_A_FEED,
                        FetchOutcome.MALFORMED_XML,
                        FetchOutcome.TOO_LARGE,
                        FetchOutcome.REDIRECT_LOOP,
                        FetchOutcome.TIMEOUT);
        assertThat(articles()).hasSize(2);
    }

    @Test
    void articleRecordsAreKeyedByArticleId() {
        server.serve("/a", SampleFeeds.rss(server.base() + "/a", 2));

        try (IngestService ingest = IngestService.create(
                settings(List.of(FeedConfig.of("a", server.url("/a")))), Clock.systemUTC(), registry)) {
            ingest.pollOnce();
        }

        for (ConsumerRecord<byte[], byte[]> record :
                KAFKA.readAll(List.of(topics.articles()), Duration.ofSeconds(20))) {
            Article article = RecordSerdes.article().fromBytes(record.topic(), record.value());
            assertThat(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(article.id());
        }
    }

    @Test
    void secondPollOfAnUnchangedFeedPublishesNothing() {
        server.on("/a", exchange -> {
            boolean fresh = "\"a1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LocalHttpServer.send(
                    exchange,
                    fresh ? 304 : 200,
                    fresh
                            ? new byte[0]
                            : SampleFeeds.rss(server.base(), 4).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "ETag",
                    "\"a1\"");
        });

        try (IngestService ingest = IngestService.create(
                settings(List.of(FeedConfig.of("a", server.url("/a")))), Clock.systemUTC(), registry)) {
            ingest.pollOnce();
            PollReport second = ingest.pollOnce();

            assertThat(second.results().get(0).outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        }
        assertThat(articles()).hasSize(4);
    }

    @Test
    void feedStateTopicIsCompacted() throws Exception {
        try (IngestService ingest = IngestService.create(settings(List.of()), Clock.systemUTC(), registry)) {
            ingest.pollOnce();
        }
        try (Admin admin = KAFKA.admin()) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topics.feedState());
            String policy = admin.describeConfigs(List.of(resource))
                    .all()
                    .get()
                    .get(resource)
                    .get("cleanup.policy")
                    .value();
            assertThat(policy).isEqualTo("compact");
        }
    }

    @Test
    void continuousModePollsEachFeedOnItsInterval() {
        server.serve("/a", SampleFeeds.rss(server.base(), 1));
        List<FeedPollResult> polls = new CopyOnWriteArrayList<>();
        FeedConfig feed = FeedConfig.of("a", server.url("/a")).withInterval(Duration.ofSeconds(1));

        try (IngestService ingest =
                IngestService.create(settings(List.of(feed)), Clock.systemUTC(), registry, polls::add)) {
            ingest.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> polls.size() >= 3);
        }

        assertThat(polls).extracting(FeedPollResult::published).startsWith(1, 0, 0);
        assertThat(articles()).hasSize(1);
    }

    @Test
    void perHostLimitCapsConcurrentFetchesToOneServer() {
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger peak = new java.util.concurrent.atomic.AtomicInteger();
        server.on("/f/", exchange -> {
            peak.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(300);
            running.decrementAndGet();
            LocalHttpServer.send(
                    exchange,
                    200,
                    SampleFeeds.rss(server.base() + exchange.getRequestURI().getPath(), 1)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        List<FeedConfig> feeds = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> FeedConfig.of("f" + i, server.url("/f/" + i)))
                .toList();

        try (IngestService ingest = IngestService.create(settings(feeds), Clock.systemUTC(), registry)) {
            assertThat(ingest.pollOnce().totalPublished()).isEqualTo(6);
        }

        assertThat(peak.get()).isEqualTo(FetchLimits.defaults().perHostConcurrency());
    }

    @Test
    void slowFeedDoesNotDelayTheOthers() {
        server.on("/slow", exchange -> {
            sleep(2_500);
            LocalHttpServer.send(
                    exchange,
                    200,
                    SampleFeeds.rss(server.base() + "/slow", 1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        server.serve("/fast", SampleFeeds.rss(server.base() + "/fast", 1));
        List<String> finished = new CopyOnWriteArrayList<>();
        List<FeedConfig> feeds =
                List.of(FeedConfig.of("slow", server.url("/slow")), FeedConfig.of("fast", server.url("/fast")));

        try (IngestService ingest = IngestService.create(
                settings(feeds), Clock.systemUTC(), registry, result -> finished.add(result.feedId()))) {
            PollReport report = ingest.pollOnce();
            assertThat(report.results()).extracting(FeedPollResult::outcome).containsOnly(FetchOutcome.OK);
        }

        assertThat(finished).containsExactly("fast", "slow");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Article> articles() {
        return KAFKA.readAll(List.of(topics.articles()), Duration.ofSeconds(20)).stream()
                .map(r -> RecordSerdes.article().fromBytes(r.topic(), r.value()))
                .toList();
    }

    private Map<String, FeedState> states() {
        return KAFKA.readAll(List.of(topics.feedState()), Duration.ofSeconds(20)).stream()
                .map(r -> RecordSerdes.feedState().fromBytes(r.topic(), r.value()))
                .collect(Collectors.toMap(FeedState::feedId, s -> s, (older, newer) -> newer));
    }
}
