package io.attache.ingest;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The robots.txt rules of every site whose web pages are fetched, parsed by crawler-commons for the product
 * token of our User-Agent and kept per site (scheme, host and port) for {@link #KEEP}. As RFC 9309 and Google
 * do: a robots.txt that is missing or refused (4xx) allows everything; one that cannot be had (5xx, 429,
 * timeout, no connection) disallows everything for now, and is asked for again after {@link #RETRY}.
 * {@code file:} URLs have no robots.txt. Safe for concurrent use: two polls of one site may both fetch its
 * robots.txt once, which is harmless.
 */
final class RobotsTxt {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsTxt.class);
    /** How long a site's rules are kept, as Google keeps them. */
    static final Duration KEEP = Duration.ofHours(24);
    /** How long a site whose robots.txt could not be had stays closed before it is asked again. */
    static final Duration RETRY = Duration.ofMinutes(30);

    private final FeedFetcher fetcher;
    private final String productToken;
    private final Clock clock;
    private final ConcurrentMap<String, Rules> sites = new ConcurrentHashMap<>();

    /**
     * @param fetcher   fetches each robots.txt with the limits of every other fetch
     * @param userAgent our User-Agent; its product token ({@code Attache} in {@code Attache/1.0 (...)}) is the
     *                  name robots.txt groups are matched against
     */
    RobotsTxt(FeedFetcher fetcher, String userAgent, Clock clock) {
        this.fetcher = fetcher;
        this.productToken = productToken(userAgent);
        this.clock = clock;
    }

    /** Why {@code url} may not be fetched (a failed response that was never sent), or empty when it may. */
    Optional<FetchResponse> refusal(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        Rules rules = rules(url);
        if (rules.rules().isAllowed(url.toString())) {
            return Optional.empty();
        }
        return Optional.of(
                rules.unavailable().isEmpty()
                        ? FetchResponse.failed(
                                FetchOutcome.DISALLOWED_BY_ROBOTS,
                                url,
                                Duration.ZERO,
                                "robots.txt disallows " + url + " for " + productToken)
                        : FetchResponse.failed(
                                FetchOutcome.ROBOTS_UNAVAILABLE,
                                url,
                                Duration.ZERO,
                                "robots.txt of " + site(url) + " unavailable (" + rules.unavailable()
                                        + "), so nothing there is fetched for now: " + url));
    }

    private Rules rules(URI url) {
        String site = site(url);
        Instant now = clock.instant();
        Rules cached = sites.get(site);
        if (cached != null && now.isBefore(cached.until())) {
            return cached;
        }
        Rules fresh = fetch(site, now);
        sites.put(site, fresh);
        return fresh;
    }

    private Rules fetch(String site, Instant now) {
        URI robots = URI.create(site + "/robots.txt");
        FetchResponse response = fetcher.fetchPage(robots);
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
        return switch (response.outcome()) {
            case OK ->
                new Rules(
                        parser.parseContent(
                                robots.toString(), response.body(), response.contentType(), List.of(productToken)),
                        "",
                        now.plus(KEEP));
            // A robots.txt that is missing or refused: the site has no rules for anyone.
            case HTTP_4XX, TOO_MANY_REDIRECTS, REDIRECT_LOOP ->
                new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), "", now.plus(KEEP));
            default -> {
                LOG.warn(
                        "robots.txt of {} unavailable ({}: {}): nothing there is fetched until {}",
                        site,
                        response.outcome().label(),
                        response.message(),
                        now.plus(RETRY));
                yield new Rules(
                        new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                        response.outcome().label() + ": " + response.message(),
                        now.plus(RETRY));
            }
        };
    }

    /** The product token of a User-Agent, lower case as crawler-commons matches it: {@code attache}. */
    static String productToken(String userAgent) {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT);
    }

    private static String site(URI url) {
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority();
    }

    /**
     * A site's rules, until when they hold, and why its robots.txt could not be had (empty when it could).
     */
    private record Rules(BaseRobotRules rules, String unavailable, Instant until) {}
}
