package io.attache.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * Fetches one URL over HTTP the polite and safe way: conditional GET, gzip/deflate, redirects followed by
 * hand (so loops and permanent moves are seen), a total deadline over every hop and the body, and a size
 * cap on the decompressed body. Never throws for what a server does: every result is a {@link FetchResponse}.
 */
final class HttpFeedFetcher {
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    private final HttpClient client;
    private final FetchLimits limits;
    private final ResponseTimes times;

    HttpFeedFetcher(FetchLimits limits, Clock clock) {
        this.limits = limits;
        this.times = new ResponseTimes(clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * GETs {@code url}, sending the validators (empty strings for none).
     *
     * @param accept the Accept header: feeds or HTML pages
     */
    FetchResponse fetch(URI url, String etag, String lastModified, String accept) {
        long deadline = System.nanoTime() + limits.totalTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        URI effective = url;
        boolean allPermanent = true;
        for (int hop = 0; ; hop++) {
            visited.add(current);
            Exchange exchange = send(current, etag, lastModified, accept, deadline);
            if (exchange.failure().isPresent()) {
                FetchResponse failure = exchange.failure().get();
                return FetchResponse.failed(failure.outcome(), effective, failure.retryAfter(), failure.message());
            }
            HttpResponse<byte[]> response = exchange.response();
            int status = response.statusCode();
            if (isRedirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return FetchResponse.failed(
                            FetchOutcome.HTTP_4XX,
                            effective,
                            Duration.ZERO,
                            "HTTP " + status + " without a Location header");
                }
                URI next;
                try {
                    next = current.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    return FetchResponse.failed(
                            FetchOutcome.HTTP_4XX,
                            effective,
                            Duration.ZERO,
                            "HTTP " + status + " to an invalid Location '" + location.get() + "'");
                }
                if (visited.contains(next)) {
                    return FetchResponse.failed(
                            FetchOutcome.REDIRECT_LOOP, effective, Duration.ZERO, "redirect loop back to " + next);
                }
                if (hop + 1 > limits.maxRedirects()) {
                    return FetchResponse.failed(
                            FetchOutcome.TOO_MANY_REDIRECTS,
                            effective,
                            Duration.ZERO,
                            "more than " + limits.maxRedirects() + " redirects");
                }
                allPermanent &= status == 301 || status == 308;
                if (allPermanent) {
                    effective = next;
                }
                current = next;
                continue;
            }
            return classify(response, effective, current);
        }
    }

    private FetchResponse classify(HttpResponse<byte[]> response, URI effective, URI finalUrl) {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        if (status == 304) {
            return new FetchResponse(
                    FetchOutcome.NOT_MODIFIED,
                    new byte[0],
                    "",
                    header(headers, "ETag"),
                    header(headers, "Last-Modified"),
                    effective,
                    finalUrl,
                    times.freshFor(headers),
                    Duration.ZERO,
                    "HTTP 304");
        }
        Duration retryAfter = times.retryAfter(headers);
        if (status == 429 || (status == 503 && headers.firstValue("Retry-After").isPresent())) {
            return FetchResponse.failed(
                    FetchOutcome.RATE_LIMITED,
                    effective,
                    retryAfter,
                    "HTTP " + status + (retryAfter.isZero() ? "" : ", retry after " + retryAfter.toSeconds() + "s"));
        }
        if (status >= 500) {
            return FetchResponse.failed(FetchOutcome.HTTP_5XX, effective, Duration.ZERO, "HTTP " + status);
        }
        if (status >= 300) {
            return FetchResponse.failed(FetchOutcome.HTTP_4XX, effective, Duration.ZERO, "HTTP " + status);
        }
        byte[] body;
        try {
            body = BoundedBytes.decode(response.body(), header(headers, "Content-Encoding"), limits.maxBytes());
        } catch (BodyTooLargeException e) {
            return FetchResponse.failed(
                    FetchOutcome.TOO_LARGE,
                    effective,
                    Duration.ZERO,
                    "decompressed body larger than " + limits.maxBytes() + " bytes");
        } catch (ZipException e) {
            return FetchResponse.failed(
                    FetchOutcome.MALFORMED_XML, effective, Duration.ZERO, "broken compressed body: " + e.getMessage());
        } catch (IOException e) {
            return FetchResponse.failed(
                    FetchOutcome.MALFORMED_XML,
                    effective,
                    Duration.ZERO,
                    "truncated compressed body: " + e.getMessage());
        }
        return new FetchResponse(
                FetchOutcome.OK,
                body,
                header(headers, "Content-Type"),
                header(headers, "ETag"),
                header(headers, "Last-Modified"),
                effective,
                finalUrl,
                times.freshFor(headers),
                Duration.ZERO,
                "HTTP " + status + ", " + body.length + " bytes");
    }

    private Exchange send(URI url, String etag, String lastModified, String accept, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return Exchange.failed(
                    FetchOutcome.TIMEOUT,
                    "took longer than " + limits.totalTimeout().toSeconds() + "s");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofNanos(remaining))
                .header("User-Agent", limits.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate");
        if (!etag.isEmpty()) {
            request.header("If-None-Match", etag);
        }
        if (!lastModified.isEmpty()) {
            request.header("If-Modified-Since", lastModified);
        }
        CappedBodySubscriber[] body = new CappedBodySubscriber[1];
        CompletableFuture<HttpResponse<byte[]>> future;
        try {
            future = client.sendAsync(request.GET().build(), info -> {
                // Redirect and error bodies are not needed: keep at most a little of them.
                long cap = info.statusCode() >= 200 && info.statusCode() < 300 ? limits.maxBytes() : 64 * 1024;
                body[0] = new CappedBodySubscriber(cap);
                return body[0];
            });
        } catch (IllegalArgumentException e) {
            return Exchange.failed(FetchOutcome.CONNECTION_FAILED, "cannot request " + url + ": " + e.getMessage());
        }
        try {
            return new Exchange(
                    future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS), Optional.empty());
        } catch (TimeoutException e) {
            if (body[0] != null) {
                body[0].cancel();
            }
            future.cancel(true);
            return Exchange.failed(
                    FetchOutcome.TIMEOUT,
                    "took longer than " + limits.totalTimeout().toSeconds() + "s");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Exchange.failed(FetchOutcome.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            return Exchange.failed(classify(e.getCause()), describe(e.getCause()));
        }
    }

    private FetchOutcome classify(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && !(root instanceof BodyTooLargeException)) {
            root = root.getCause();
        }
        if (cause instanceof BodyTooLargeException || root instanceof BodyTooLargeException) {
            return FetchOutcome.TOO_LARGE;
        }
        if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
            return FetchOutcome.TIMEOUT;
        }
        return FetchOutcome.CONNECTION_FAILED;
    }

    private String describe(Throwable cause) {
        if (classify(cause) == FetchOutcome.TOO_LARGE) {
            return "body larger than " + limits.maxBytes() + " bytes";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect: " + (cause.getMessage() == null ? "connection refused" : cause.getMessage());
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).map(String::trim).orElse("");
    }

    /** One request's response, or why there is none. */
    private record Exchange(HttpResponse<byte[]> response, Optional<FetchResponse> failure) {
        static Exchange failed(FetchOutcome outcome, String message) {
            return new Exchange(
                    null,
                    Optional.of(FetchResponse.failed(outcome, URI.create("about:blank"), Duration.ZERO, message)));
        }
    }

    static String acceptFeeds() {
        return ACCEPT;
    }

    static String acceptPages() {
        return "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";
    }
}
