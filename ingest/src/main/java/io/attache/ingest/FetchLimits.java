package io.attache.ingest;

import io.attache.model.AttacheVersion;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Politeness and safety limits for every HTTP fetch (feeds, listing pages, robots.txt and entry pages), and the
 * User-Agent they are made as.
 *
 * @param connectTimeout     how long to wait for a TCP/TLS connection
 * @param totalTimeout       how long a whole fetch may take, headers and body
 * @param maxBytes           the largest response accepted, counted on decompressed bytes
 * @param maxRedirects       the most redirects followed for one fetch
 * @param globalConcurrency  the most fetches in flight at once
 * @param perHostConcurrency the most fetches in flight to one host at once
 * @param maxBackoff         the longest wait between retries of a failing feed
 * @param userAgent          the HTTP User-Agent; its product token (the part before '/') is also the name
 *                           robots.txt rules are matched against
 */
public record FetchLimits(
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBytes,
        int maxRedirects,
        int globalConcurrency,
        int perHostConcurrency,
        Duration maxBackoff,
        String userAgent) {

    /** Names the project and its version, as polite crawlers do. */
    public static final String DEFAULT_USER_AGENT =
            "Attache/" + AttacheVersion.get() + " (Attache news feed ingester; robots.txt token: Attache)";

    private static final Pattern USER_AGENT = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+(/\\S+)?( [\\x20-\\x7E]*)?");

    public FetchLimits {
        positive("connectTimeout", connectTimeout);
        positive("totalTimeout", totalTimeout);
        positive("maxBackoff", maxBackoff);
        if (maxBytes < 1 || maxRedirects < 0 || globalConcurrency < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("fetch limits must be positive: maxBytes=" + maxBytes + ", maxRedirects="
                    + maxRedirects + ", globalConcurrency=" + globalConcurrency + ", perHostConcurrency="
                    + perHostConcurrency);
        }
        if (userAgent == null || !USER_AGENT.matcher(userAgent).matches()) {
            throw new IllegalArgumentException("user agent '" + userAgent + "' is not a product token such as "
                    + "Attache/1.0 followed by printable ASCII, e.g. 'Attache/1.0 (+https://example.org/bot)'");
        }
    }

    /** 10 s connect, 30 s total, 10 MiB, 5 redirects, 32 fetches at once, 2 per host, back off at most 6 h. */
    public static FetchLimits defaults() {
        return new FetchLimits(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                10L * 1024 * 1024,
                5,
                32,
                2,
                Duration.ofHours(6),
                DEFAULT_USER_AGENT);
    }

    public FetchLimits withTotalTimeout(Duration timeout) {
        return new FetchLimits(
                connectTimeout,
                timeout,
                maxBytes,
                maxRedirects,
                globalConcurrency,
                perHostConcurrency,
                maxBackoff,
                userAgent);
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(
                connectTimeout,
                totalTimeout,
                bytes,
                maxRedirects,
                globalConcurrency,
                perHostConcurrency,
                maxBackoff,
                userAgent);
    }

    public FetchLimits withConcurrency(int global, int perHost) {
        return new FetchLimits(
                connectTimeout, totalTimeout, maxBytes, maxRedirects, global, perHost, maxBackoff, userAgent);
    }

    public FetchLimits withUserAgent(String agent) {
        return new FetchLimits(
                connectTimeout,
                totalTimeout,
                maxBytes,
                maxRedirects,
                globalConcurrency,
                perHostConcurrency,
                maxBackoff,
                agent);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
