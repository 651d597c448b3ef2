package io.attache.ingest;

import java.time.Duration;

/**
 * Politeness and safety limits for every HTTP fetch (feeds and, with full text, entry pages).
 *
 * @param connectTimeout     how long to wait for a TCP/TLS connection
 * @param totalTimeout       how long a whole fetch may take, headers and body
 * @param maxBytes           the largest response accepted, counted on decompressed bytes
 * @param maxRedirects       the most redirects followed for one fetch
 * @param globalConcurrency  the most fetches in flight at once
 * @param perHostConcurrency the most fetches in flight to one host at once
 * @param maxBackoff         the longest wait between retries of a failing feed
 */
public record FetchLimits(
        Duration connectTimeout,
        Duration totalTimeout,
        long maxBytes,
        int maxRedirects,
        int globalConcurrency,
        int perHostConcurrency,
        Duration maxBackoff) {

    public FetchLimits {
        positive("connectTimeout", connectTimeout);
        positive("totalTimeout", totalTimeout);
        positive("maxBackoff", maxBackoff);
        if (maxBytes < 1 || maxRedirects < 0 || globalConcurrency < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("fetch limits must be positive: maxBytes=" + maxBytes + ", maxRedirects="
                    + maxRedirects + ", globalConcurrency=" + globalConcurrency + ", perHostConcurrency="
                    + perHostConcurrency);
        }
    }

    /** 10 s connect, 30 s total, 10 MiB, 5 redirects, 32 fetches at once, 2 per host, back off at most 6 h. */
    public static FetchLimits defaults() {
        return new FetchLimits(
                Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5, 32, 2, Duration.ofHours(6));
    }

    public FetchLimits withTotalTimeout(Duration timeout) {
        return new FetchLimits(
                connectTimeout, timeout, maxBytes, maxRedirects, globalConcurrency, perHostConcurrency, maxBackoff);
    }

    public FetchLimits withMaxBytes(long bytes) {
        return new FetchLimits(
                connectTimeout, totalTimeout, bytes, maxRedirects, globalConcurrency, perHostConcurrency, maxBackoff);
    }

    public FetchLimits withConcurrency(int global, int perHost) {
        return new FetchLimits(connectTimeout, totalTimeout, maxBytes, maxRedirects, global, perHost, maxBackoff);
    }

    private static void positive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
