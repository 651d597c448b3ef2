package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.FeedState;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private static final Instant NOW = Instant.parse("2024-01-10T08:00:00Z");

    private final LocalHttpServer server = new LocalHttpServer();
    private final RecordingTarget target = new RecordingTarget();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final java.util.concurrent.ExecutorService pageThreads =
            java.util.concurrent.Executors.newFixedThreadPool(2);
    private final FeedPoller poller = TestPollers.poller(clock, target, pageThreads);
    private final FeedConfig feed = FeedConfig.of("f", server.url("/rss"));

    @AfterEach
    void stop() {
        pageThreads.shutdownNow();
        server.close();
    }

    private FeedState initial() {
        return FeedState.initial("f", feed.url().toString());
    }

    @Test
    void publishesEveryEntryThenRemembersValidators() throws Exception {
        server.serve("/rss", SampleFeeds.rss(server.base(), 3), "ETag", "\"v1\"");

        FeedPoller.Polled polled = poller.poll(feed, initial());

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.OK);
        assertThat(polled.result().published()).isEqualTo(3);
        assertThat(target.articles).hasSize(3);
        assertThat(polled.state().etag()).isEqualTo("\"v1\"");
        assertThat(polled.state().nextPoll()).isEqualTo(NOW.plus(FeedConfig.DEFAULT_INTERVAL));
        assertThat(target.states).containsExactly(polled.state());
    }

    @Test
    void fullTextFeedsPublishThePagesMainText() throws Exception {
        server.serve("/rss", SampleFeeds.rss(server.base(), 1));
        server.serve(
                "/news/0.html",
                "<html><body><nav>Menu</nav><article><h1>Statement 0</h1>"
                        + "<p>The full statement, much longer than the feed's one-line description, in its first paragraph.</p>"
                        + "<p>And a second paragraph with further detail about the talks and their outcome.</p>"
                        + "</article><footer>Copyright</footer></body></html>",
                "Content-Type",
                "text/html; charset=utf-8");

        poller.poll(feed.withFullText(true), initial());

        assertThat(target.articles).singleElement().satisfies(a -> {
            assertThat(a.textSource()).isEqualTo(io.attache.model.TextSource.PAGE);
            assertThat(a.text()).contains("full statement").doesNotContain("Menu", "Copyright");
        });
    }

    @Test
    void entriesAlreadyPublishedAreNotPublishedAgain() throws Exception {
        server.on("/rss", exchange -> {
            int n = server.requestsTo("/rss") == 1 ? 2 : 3;
            LocalHttpServer.send(
                    exchange, 200, SampleFeeds.rss(server.base(), n).getBytes(StandardCharsets.UTF_8));
        });

        FeedState first = poller.poll(feed, initial()).state();
        FeedPoller.Polled second = poller.poll(feed, first);

        assertThat(second.result().published()).isEqualTo(1);
        assertThat(target.articles)
                .extracting(a -> a.title())
                .containsExactly("Statement 0", "Statement 1", "Statement 2");
    }

    @Test
    void validatorsDoNotAdvanceWhenPublishingFails() {
        server.serve("/rss", SampleFeeds.rss(server.base(), 2), "ETag", "\"v2\"");
        target.refuse = true;

        assertThatThrownBy(() -> poller.poll(feed, initial())).isInstanceOf(PublishInterruptedException.class);
        assertThat(target.states).isEmpty();
    }

    @Test
    void failureBacksOffAndKeepsTheOldValidators() throws Exception {
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 500, new byte[0]));
        FeedState known = new FeedState(
                FeedState.SCHEMA,
                "f",
                feed.url().toString(),
                feed.url().toString(),
                "\"v1\"",
                "",
                NOW,
                NOW,
                2,
                "http_5xx",
                "HTTP 500",
                NOW,
                java.util.List.of());

        FeedState next = poller.poll(feed, known).state();

        assertThat(next.consecutiveFailures()).isEqualTo(3);
        assertThat(next.etag()).isEqualTo("\"v1\"");
        assertThat(next.lastOutcome()).isEqualTo("http_5xx");
        assertThat(next.nextPoll()).isBetween(NOW.plus(Duration.ofMinutes(10)), NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void rateLimitedFeedWaitsAsLongAsTheServerAsks() throws Exception {
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 429, new byte[0], "Retry-After", "7200"));

        FeedState next = poller.poll(feed, initial()).state();

        assertThat(next.lastOutcome()).isEqualTo("rate_limited");
        assertThat(next.nextPoll()).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void cacheLifetimeLongerThanTheIntervalDefersTheNextPoll() throws Exception {
        server.serve("/rss", SampleFeeds.rss(server.base(), 1), "Cache-Control", "max-age=1800");

        assertThat(poller.poll(feed, initial()).state().nextPoll()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void notModifiedResetsFailuresAndKeepsValidators() throws Exception {
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 304, new byte[0]));
        FeedState known = new FeedState(
                FeedState.SCHEMA,
                "f",
                feed.url().toString(),
                feed.url().toString(),
                "\"v1\"",
                "Wed, 10 Jan 2024 07:00:00 GMT",
                NOW,
                NOW,
                1,
                "timeout",
                "slow",
                NOW,
                java.util.List.of("x:y"));

        FeedPoller.Polled polled = poller.poll(feed, known);

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
        assertThat(polled.state().consecutiveFailures()).isZero();
        assertThat(polled.state().etag()).isEqualTo("\"v1\"");
        assertThat(polled.state().seen()).containsExactly("x:y");
        assertThat(server.requests().get(0).header("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void permanentRedirectIsFollowedDirectlyNextTime() throws Exception {
        server.on("/rss", exchange -> LocalHttpServer.send(exchange, 308, new byte[0], "Location", "/moved"));
        server.serve("/moved", SampleFeeds.rss(server.base(), 1));

        FeedState state = poller.poll(feed, initial()).state();
        poller.poll(feed, state);

        assertThat(state.url()).isEqualTo(server.url("/moved").toString());
        assertThat(server.requestsTo("/rss")).isEqualTo(1);
        assertThat(server.requestsTo("/moved")).isEqualTo(2);
    }

    @Test
    void hostileBodiesGetTheirErrorClassAndBackOff() throws Exception {
        server.serve("/rss", "<!DOCTYPE html><html><body>Welcome</body></html>", "Content-Type", "text/html");

        FeedPoller.Polled polled = poller.poll(feed, initial());

        assertThat(polled.result().outcome()).isEqualTo(FetchOutcome.NOT_A_FEED);
        assertThat(polled.state().consecutiveFailures()).isEqualTo(1);
        assertThat(target.articles).isEmpty();
    }
}
