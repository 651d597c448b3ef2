package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.testkit.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt as ingest reads it: per site, for our product token, kept a day, closed while it cannot be had. */
class RobotsTxtTest {
    private final LocalHttpServer server = new LocalHttpServer();
    private final ManualClock clock = new ManualClock(Instant.parse("2024-12-10T08:00:00Z"));
    private final RobotsTxt robots = robots(TestPollers.LIMITS);

    @AfterEach
    void stop() {
        server.close();
    }

    private RobotsTxt robots(FetchLimits limits) {
        return new RobotsTxt(new FeedFetcher(limits, clock), limits.userAgent(), clock);
    }

    private void robotsTxt(String rules) {
        server.serve("/robots.txt", rules, "Content-Type", "text/plain");
    }

    @Test
    void aDisallowedPathIsRefusedNamingTheUrl() {
        robotsTxt("User-agent: *\nDisallow: /internal/\n");

        assertThat(robots.refusal(server.url("/internal/memo.html"))).hasValueSatisfying(refusal -> {
            assertThat(refusal.outcome()).isEqualTo(FetchOutcome.DISALLOWED_BY_ROBOTS);
            assertThat(refusal.message())
                    .contains(server.url("/internal/memo.html").toString());
        });
        assertThat(robots.refusal(server.url("/news/talks.html"))).isEmpty();
    }

    @Test
    void theGroupOfOurProductTokenBeatsTheGeneralOne() {
        robotsTxt("User-agent: *\nDisallow: /\n\nUser-agent: Attache\nDisallow: /private/\n");

        assertThat(robots.refusal(server.url("/news/"))).isEmpty();
        assertThat(robots.refusal(server.url("/private/a.html"))).isPresent();
    }

    @Test
    void aConfiguredUserAgentIsMatchedByItsOwnProductToken() {
        robotsTxt("User-agent: newsbot\nDisallow: /news/\n");
        RobotsTxt asNewsBot = robots(TestPollers.LIMITS.withUserAgent("NewsBot/2.0 (+https://example.org/bot)"));

        assertThat(asNewsBot.refusal(server.url("/news/"))).isPresent();
        assertThat(robots.refusal(server.url("/news/"))).isEmpty();
        assertThat(server.requests().get(0).header("User-Agent")).isEqualTo("NewsBot/2.0 (+https://example.org/bot)");
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        assertThat(robots.refusal(server.url("/anything.html"))).isEmpty();
    }

    @Test
    void aRobotsTxtThatFailsWithA5xxClosesTheSiteUntilItIsAskedAgain() {
        server.on("/robots.txt", exchange -> LocalHttpServer.send(exchange, 503, new byte[0]));

        assertThat(robots.refusal(server.url("/news/")))
                .hasValueSatisfying(
                        refusal -> assertThat(refusal.outcome()).isEqualTo(FetchOutcome.ROBOTS_UNAVAILABLE));
        clock.advance(RobotsTxt.RETRY.plusSeconds(1));
        robots.refusal(server.url("/news/"));

        assertThat(server.requestsTo("/robots.txt")).isEqualTo(2);
    }

    @Test
    void aSitesRulesAreKeptForADay() {
        robotsTxt("User-agent: *\nDisallow: /internal/\n");

        robots.refusal(server.url("/a.html"));
        clock.advance(Duration.ofHours(23));
        robots.refusal(server.url("/b.html"));
        long withinADay = server.requestsTo("/robots.txt");
        clock.advance(Duration.ofHours(2));
        robots.refusal(server.url("/c.html"));

        assertThat(withinADay).isEqualTo(1);
        assertThat(server.requestsTo("/robots.txt")).isEqualTo(2);
    }

    @Test
    void fileUrlsHaveNoRobotsTxt() {
        assertThat(robots.refusal(URI.create("file:///tmp/saved-feed.xml"))).isEmpty();
        assertThat(server.requests()).isEmpty();
    }
}
