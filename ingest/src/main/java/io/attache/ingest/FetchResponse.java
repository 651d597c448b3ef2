package io.attache.ingest;

import java.net.URI;
import java.time.Duration;

/**
 * What one fetch of a feed (or page) gave.
 *
 * @param outcome      the outcome class; {@link FetchOutcome#OK} when {@link #body()} holds the document
 * @param body         the decompressed body when OK, else empty
 * @param contentType  the {@code Content-Type} header, empty when none (charset detection uses it)
 * @param etag         the {@code ETag} to send next time, empty when none
 * @param lastModified the {@code Last-Modified} to send next time, empty when none
 * @param effectiveUrl where the feed lives now: the requested URL, or the target of permanent redirects
 * @param finalUrl     the URL that gave the body, after every redirect (relative links resolve against it)
 * @param freshFor     how long the server said the response stays fresh (zero when it said nothing)
 * @param retryAfter   how long the server asked us to wait (zero when it did not)
 * @param message      one line for the log: status code, or what went wrong
 */
record FetchResponse(
        FetchOutcome outcome,
        byte[] body,
        String contentType,
        String etag,
        String lastModified,
        URI effectiveUrl,
        URI finalUrl,
        Duration freshFor,
        Duration retryAfter,
        String message) {

    /** A failed fetch of {@code url}. */
    static FetchResponse failed(FetchOutcome outcome, URI effectiveUrl, Duration retryAfter, String message) {
        return new FetchResponse(
                outcome, new byte[0], "", "", "", effectiveUrl, effectiveUrl, Duration.ZERO, retryAfter, message);
    }
}
