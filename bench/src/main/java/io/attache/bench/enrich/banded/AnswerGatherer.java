package io.attache.bench.enrich.banded;

import io.attache.enrich.EnrichMetrics;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects, on the article's own partition, the four band answers for a pending article and the outcomes of
 * the articles it waits on, and decides: an enriched match makes it a duplicate of that article; no match and
 * nothing left to wait for, for {@link #SETTLE}, makes it unique, so it goes on to be routed. Either way its bands
 * are told, so they index it (or forget it) and wake the articles that wait on it.
 *
 * <p>What an article has heard so far (its {@link AnswerTally}) is held in memory only. Whenever the task starts
 * (start, rebalance, or reinitialisation after an aborted transaction), every article still pending asks its bands
 * again: a query is idempotent and its answer says all the band knows now (the enriched match, and the pending
 * articles to wait on), so what was heard before is not needed. Writing the tallies to a changelogged store cost two
 * records per article, for state that a query rebuilds.
 */
public final class AnswerGatherer implements Processor<String, BandAnswer, String, Object> {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerGatherer.class);
    /**
     * How long a fully answered article with nothing to wait for stays pending before it is published: time
     * for a copy that precedes it, arriving at the same moment on another partition, to tell it to wait.
     */
    public static final Duration SETTLE = Duration.ofSeconds(2);
    /** How long an article fully answered may wait on others before it is published all the same. */
    static final Duration MAX_WAIT = Duration.ofMinutes(1);

    private static final Duration CHECK_EVERY = Duration.ofMillis(500);

    private final String pendingStoreName;
    private final String duplicatesChild;
    private final String bandsChild;
    private final String uniqueChild;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, PendingArticle> pending;
    private final Map<String, AnswerTally> tallies = new HashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(Comparator.comparingLong(Deadline::at));
    /** Pending articles found when the task started, to query again (a processor cannot send from {@code init}). */
    private final List<String> askAgain = new ArrayList<>();

    public AnswerGatherer(
            String pendingStoreName,
            String duplicatesChild,
            String bandsChild,
            String uniqueChild,
            Clock clock,
            EnrichMetrics metrics) {
        this.pendingStoreName = pendingStoreName;
        this.duplicatesChild = duplicatesChild;
        this.bandsChild = bandsChild;
        this.uniqueChild = uniqueChild;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.pending = context.getStateStore(pendingStoreName);
        tallies.clear();
        deadlines.clear();
        askAgain.clear();
        try (KeyValueIterator<String, PendingArticle> all = pending.all()) {
            all.forEachRemaining(entry -> askAgain.add(entry.key));
        }
        // Streams' own wall-clock time (mocked by the test driver), not the Clock: it paces waiting, not records.
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, now -> {
            queryAgain();
            publishSettled(now);
        });
    }

    /**
     * Sends each article that was pending when the task started its query again, once: even one that has heard
     * something since (an answer redelivered after the restart), since what it heard before is lost.
     */
    private void queryAgain() {
        for (String key : askAgain) {
            PendingArticle parked = pending.get(key);
            if (parked != null) {
                BandMessage query = new BandMessage(BandMessage.Kind.QUERY, parked.fingerprint(parked.readAt()));
                context.forward(new Record<>(parked.articleId(), (Object) query, parked.readAt()), bandsChild);
            }
        }
        askAgain.clear();
    }

    /** When a fully answered article should be looked at again: once settled, or once it waited too long. */
    private record Deadline(long at, String key) {}

    private void scheduleCheck(String key, AnswerTally tally) {
        if (tally.complete()) {
            deadlines.add(new Deadline(tally.answeredAt() + SETTLE.toMillis(), key));
        }
    }

    /**
     * Publishes articles that settled with nothing to wait for, and those that waited beyond {@link #MAX_WAIT}.
     * Only articles whose check is due are read, not every pending one.
     */
    private void publishSettled(long now) {
        while (!deadlines.isEmpty() && deadlines.peek().at() <= now) {
            String key = deadlines.poll().key();
            AnswerTally tally = tallies.get(key);
            if (tally == null) {
                continue;
            }
            boolean waitedTooLong = tally.waitedSince(now - MAX_WAIT.toMillis());
            if (!tally.uniqueSince(now - SETTLE.toMillis()) && !waitedTooLong) {
                if (!tally.waitingOn().isEmpty()) {
                    deadlines.add(new Deadline(tally.answeredAt() + MAX_WAIT.toMillis() + 1, key));
                }
                continue;
            }
            BandAnswer self = tally.closest();
            if (waitedTooLong) {
                LOG.warn(
                        "Publishing article {} revision {} after waiting {} on {}",
                        self.articleId(),
                        self.revision(),
                        MAX_WAIT,
                        tally.waitingOn());
            }
            tallies.remove(key);
            PendingArticle parked = pending.delete(key);
            if (parked != null) {
                publish(new Record<>(self.articleId(), self, parked.readAt()), parked);
            }
        }
    }

    @Override
    public void process(Record<String, BandAnswer> record) {
        BandAnswer message = record.value();
        String key = PendingArticle.storeKey(message.articleId(), message.revision());
        AnswerTally known = tallies.get(key);
        if (known == null && pending.get(key) == null) {
            // Already decided: a late outcome of an article it no longer waited on, or an answer repeated.
            return;
        }
        AnswerTally tally = (known == null ? AnswerTally.none(message.articleId(), message.revision()) : known)
                .with(message, context.currentSystemTimeMs());
        if (!tally.duplicate()) {
            // Unique only once settled: publishSettled() decides.
            tallies.put(key, tally);
            scheduleCheck(key, tally);
            return;
        }
        tallies.remove(key);
        drop(record, pending.delete(key), tally.closest());
    }

    private void drop(Record<String, BandAnswer> record, PendingArticle article, BandAnswer match) {
        DuplicateReason reason = match.sameContent() ? DuplicateReason.SAME_CONTENT : DuplicateReason.NEAR_DUPLICATE;
        metrics.duplicate(reason);
        DuplicateNotice notice = new DuplicateNotice(
                DuplicateNotice.SCHEMA,
                article.decode().article(),
                reason,
                match.matchId(),
                match.distance(),
                clock.instant());
        context.forward(record.withValue((Object) notice), duplicatesChild);
        announce(record, article, BandMessage.Kind.RELEASE);
    }

    private void publish(Record<String, BandAnswer> record, PendingArticle article) {
        context.forward(record.withValue((Object) article.article()), uniqueChild);
        announce(record, article, BandMessage.Kind.REGISTER);
    }

    /** Tells the article's four bands its outcome, so they index or forget it and wake those waiting on it. */
    private void announce(Record<String, BandAnswer> record, PendingArticle article, BandMessage.Kind outcome) {
        BandMessage message = new BandMessage(outcome, article.fingerprint(record.timestamp()));
        context.forward(record.withKey(article.articleId()).withValue((Object) message), bandsChild);
    }
}
