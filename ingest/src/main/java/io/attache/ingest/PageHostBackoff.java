package io.attache.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Per-host backoff for full-text page fetches, kept across polls as a feed's is: after a page fetch that
 * shows the host itself is in trouble (rate limited, 5xx, timeout, no connection, no robots.txt to be had), no page of that host is
 * asked for until the wait is over: {@link Backoff} from the polling feed's interval, per consecutive
 * failure, and never less than the server's {@code Retry-After}. A page-specific failure (a 404, a page too
 * large, a redirect loop) or a success shows the host answers sensibly and ends its backoff. Shared by every
 * feed's poll, so it is safe for concurrent use.
 */
final class PageHostBackoff {
    private static final Set<FetchOutcome> HOST_FAILURES = EnumSet.of(
            FetchOutcome.RATE_LIMITED,
            FetchOutcome.HTTP_5XX,
            FetchOutcome.TIMEOUT,
            FetchOutcome.CONNECTION_FAILED,
            FetchOutcome.ROBOTS_UNAVAILABLE);

    private final Backoff backoff;
    private final Clock clock;
    private final ConcurrentMap<String, Penalty> hosts = new ConcurrentHashMap<>();

    PageHostBackoff(Backoff backoff, Clock clock) {
        this.backoff = backoff;
        this.clock = clock;
    }

    /** When {@code host} may be asked for pages again; empty when it may be asked now. */
    Optional<Instant> waitingUntil(String host) {
        Penalty penalty = hosts.get(host);
        return penalty != null && clock.instant().isBefore(penalty.until())
                ? Optional.of(penalty.until())
                : Optional.empty();
    }

    /** Records how a page fetch from {@code host}, for a feed polled every {@code interval}, went. */
    void record(String host, FetchResponse page, Duration interval) {
        if (page.outcome() == FetchOutcome.DISALLOWED_BY_ROBOTS) {
            return; // never sent: it says nothing of how the host is doing
        }
        if (!HOST_FAILURES.contains(page.outcome())) {
            hosts.remove(host);
            return;
        }
        hosts.compute(host, (h, previous) -> {
            int failures = previous == null ? 1 : previous.failures() + 1;
            Duration wait = backoff.after(failures, interval);
            if (page.retryAfter().compareTo(wait) > 0) {
                wait = page.retryAfter();
            }
            return new Penalty(failures, clock.instant().plus(wait));
        });
    }

    /** A host's consecutive failures and the end of its wait. */
    private record Penalty(int failures, Instant until) {}
}
