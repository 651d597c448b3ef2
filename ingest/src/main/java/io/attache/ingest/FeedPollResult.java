package io.attache.ingest;

import java.time.Instant;

/**
 * How one poll of one feed went.
 *
 * @param feedId    the feed's id
 * @param url       the URL fetched (the feed's effective URL)
 * @param outcome   the outcome class
 * @param published how many new articles were published (and acknowledged by Kafka)
 * @param message   one line: status and size, or what went wrong
 * @param nextPoll  the earliest time the feed will be polled again
 */
public record FeedPollResult(
        String feedId, String url, FetchOutcome outcome, int published, String message, Instant nextPoll) {}
