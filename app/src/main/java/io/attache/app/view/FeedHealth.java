package io.attache.app.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * How one feed is doing: its fetch state from {@code news.feed-state} and what it brought in the records held.
 *
 * @param feedId              the feed's id
 * @param status              {@code ok} (last fetch succeeded), {@code failing} (failed since its last success),
 *                            {@code never} (no successful fetch yet) or {@code unknown} (no fetch state read)
 * @param lastSuccess         when a fetch last succeeded, {@link Instant#EPOCH} if never
 * @param lastAttempt         when the last fetch started, {@link Instant#EPOCH} if never
 * @param consecutiveFailures failed fetches since the last success
 * @param lastOutcome         outcome class of the last fetch, e.g. {@code ok}, {@code timeout}
 * @param lastError           one line about the last failure, empty after a success (untrusted text)
 * @param articles            enriched articles of the feed held
 * @param lastPublished       the latest publication time among them, {@link Instant#EPOCH} if none
 * @param articlesPerDay      articles published on each of the last 7 days (UTC), oldest first
 */
public record FeedHealth(
        String feedId,
        String status,
        Instant lastSuccess,
        Instant lastAttempt,
        int consecutiveFailures,
        String lastOutcome,
        String lastError,
        int articles,
        Instant lastPublished,
        SortedMap<LocalDate, Integer> articlesPerDay) {}
