package io.attache.model;

import static io.attache.model.Fields.copyOf;
import static io.attache.model.Fields.orEmpty;
import static io.attache.model.Fields.required;

import java.time.Instant;
import java.util.List;

/**
 * What ingest remembers about one feed between polls: the value of the compacted {@code news.feed-state}
 * topic, keyed by {@link #feedId()}. Written after every fetch, so any ingest instance can restart or take
 * over where the last one stopped. Optional text fields are empty, never null; instants that never happened
 * are {@link Instant#EPOCH}.
 *
 * @param schema              version of this record's JSON layout; {@link #SCHEMA} when written by this code
 * @param feedId              the feed's configured id
 * @param configuredUrl       the URL configured when this state was written; when the configuration names
 *                            another URL, the effective URL and validators no longer apply
 * @param url                 the feed's effective URL (the configured one, or where a permanent redirect led)
 * @param etag                the {@code ETag} of the last response whose articles were all acknowledged
 * @param lastModified        the {@code Last-Modified} of that response, as the server sent it
 * @param lastAttempt         when the last fetch started
 * @param lastSuccess         when a fetch last succeeded (ok or not modified), {@link Instant#EPOCH} if never
 * @param consecutiveFailures failed fetches since the last success
 * @param lastOutcome         outcome class of the last fetch, e.g. {@code ok}, {@code not_modified}, {@code timeout}
 * @param lastError           one-line description of the last failure, empty after a success
 * @param nextPoll            the earliest time the feed may be fetched again
 * @param seen                ids and content hashes ({@code id:contentHash}) of the entries already published,
 *                            newest first, bounded; lets a feed without validators be re-read without republishing
 */
public record FeedState(
        int schema,
        String feedId,
        String configuredUrl,
        String url,
        String etag,
        String lastModified,
        Instant lastAttempt,
        Instant lastSuccess,
        int consecutiveFailures,
        String lastOutcome,
        String lastError,
        Instant nextPoll,
        List<String> seen) {

    /** The layout version this code writes. */
    public static final int SCHEMA = 1;

    public FeedState {
        if (schema < 1) {
            throw new InvalidRecordException("schema", "must be 1 or more, was " + schema);
        }
        required("feedId", feedId);
        configuredUrl = orEmpty(configuredUrl);
        url = orEmpty(url);
        etag = orEmpty(etag);
        lastModified = orEmpty(lastModified);
        lastAttempt = lastAttempt == null ? Instant.EPOCH : lastAttempt;
        lastSuccess = lastSuccess == null ? Instant.EPOCH : lastSuccess;
        if (consecutiveFailures < 0) {
            throw new InvalidRecordException("consecutiveFailures", "must be 0 or more, was " + consecutiveFailures);
        }
        lastOutcome = orEmpty(lastOutcome);
        lastError = orEmpty(lastError);
        nextPoll = nextPoll == null ? Instant.EPOCH : nextPoll;
        seen = copyOf(seen);
    }

    /** The state of a feed never fetched: no validators, due now. */
    public static FeedState initial(String feedId, String url) {
        return new FeedState(
                SCHEMA, feedId, url, url, "", "", Instant.EPOCH, Instant.EPOCH, 0, "", "", Instant.EPOCH, List.of());
    }

    /** The same state remembering {@code entries} as already published. */
    public FeedState withSeen(List<String> entries) {
        return new FeedState(
                schema,
                feedId,
                configuredUrl,
                url,
                etag,
                lastModified,
                lastAttempt,
                lastSuccess,
                consecutiveFailures,
                lastOutcome,
                lastError,
                nextPoll,
                entries);
    }
}
