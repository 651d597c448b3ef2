package io.attache.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Reads a feed or page from where its URL says: {@code http(s):} through {@link HttpFeedFetcher}, {@code file:}
 * from disk (saved feeds, for backfill and tests) under the same size cap.
 */
final class FeedFetcher {
    private final HttpFeedFetcher http;
    private final FetchLimits limits;

    FeedFetcher(FetchLimits limits, Clock clock) {
        this.limits = limits;
        this.http = new HttpFeedFetcher(limits, clock);
    }

    /** The largest body read, decompressed, in bytes. */
    long maxBytes() {
        return limits.maxBytes();
    }

    /** Fetches a feed, conditionally when validators are given (empty strings for none). */
    FetchResponse fetchFeed(URI url, String etag, String lastModified) {
        return "file".equalsIgnoreCase(url.getScheme())
                ? readFile(url)
                : http.fetch(url, etag, lastModified, HttpFeedFetcher.acceptFeeds());
    }

    /** Fetches an HTML listing page, conditionally when validators are given (empty strings for none). */
    FetchResponse fetchListing(URI url, String etag, String lastModified) {
        return "file".equalsIgnoreCase(url.getScheme())
                ? readFile(url)
                : http.fetch(url, etag, lastModified, HttpFeedFetcher.acceptPages());
    }

    /** Fetches an entry's web page, unconditionally. */
    FetchResponse fetchPage(URI url) {
        return "file".equalsIgnoreCase(url.getScheme())
                ? readFile(url)
                : http.fetch(url, "", "", HttpFeedFetcher.acceptPages());
    }

    private FetchResponse readFile(URI url) {
        Path file = Path.of(url);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] body = BoundedBytes.read(in, limits.maxBytes());
            return new FetchResponse(
                    FetchOutcome.OK,
                    body,
                    "",
                    "",
                    "",
                    url,
                    url,
                    Duration.ZERO,
                    Duration.ZERO,
                    "file, " + body.length + " bytes");
        } catch (BodyTooLargeException e) {
            return FetchResponse.failed(
                    FetchOutcome.TOO_LARGE, url, Duration.ZERO, "file larger than " + limits.maxBytes() + " bytes");
        } catch (NoSuchFileException e) {
            return FetchResponse.failed(FetchOutcome.FILE_UNREADABLE, url, Duration.ZERO, "no such file " + file);
        } catch (IOException e) {
            return FetchResponse.failed(
                    FetchOutcome.FILE_UNREADABLE, url, Duration.ZERO, "cannot read " + file + ": " + e.getMessage());
        }
    }
}
