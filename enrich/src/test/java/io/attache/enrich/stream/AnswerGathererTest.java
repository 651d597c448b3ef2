package io.attache.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.dedupe.BandAnswer;
import io.attache.enrich.dedupe.BandMessage;
import io.attache.enrich.dedupe.FingerprintBands;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.dedupe.PendingArticle;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gatherer on its own, where the order of answers and revisions can be set as a broker may deliver them (the
 * test driver answers every query before the next record is read).
 */
class AnswerGathererTest {
    private static final long READ_AT = 1_000;

    private final MockProcessorContext<String, Object> context = new MockProcessorContext<>();
    private KeyValueStore<String, LedgerEntry> ledger;
    private KeyValueStore<String, PendingArticle> pending;

    @BeforeEach
    void stores() {
        ledger = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("ledger"), Serdes.String(), EnrichSerdes.ledgerEntry())
                .withLoggingDisabled().build();
        pending = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("pending"), Serdes.String(), EnrichSerdes.pendingArticle())
                .withLoggingDisabled().build();
        ledger.init(context.getStateStoreContext(), ledger);
        pending.init(context.getStateStoreContext(), pending);
        context.addStateStore(ledger);
        context.addStateStore(pending);
    }

    private AnswerGatherer started() {
        AnswerGatherer gatherer = new AnswerGatherer(new AnswerGatherer.StoreNames("ledger", "pending"), "duplicates", "bands", "unique",
                Clock.systemUTC(), new EnrichMetrics(new SimpleMeterRegistry()));
        gatherer.init(context);
        return gatherer;
    }

    private void park(String id, int revision) {
        pending.put(PendingArticle.storeKey(id, revision), new PendingArticle(id, revision, 0x0F0F_0F0FL + revision, "hash" + revision,
                0, READ_AT, List.of(), List.of(), new byte[] {'{', '}'}));
    }

    private static BandAnswer noMatchFromEveryBand(String id, int revision) {
        return new BandAnswer(id, revision, BandAnswer.Kind.ANSWER, FingerprintBands.ALL_BANDS, "", -1, false, List.of());
    }

    /** Runs the gatherer's wall-clock check at {@code now} (ms). */
    private void tick(long now) {
        context.setCurrentSystemTimeMs(now);
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(now);
    }

    private List<Object> forwardedTo(String child) {
        return context.forwarded().stream().filter(f -> child.equals(f.childName().orElse(""))).map(CapturedForward::record)
                .map(Record::value).map(Object.class::cast).toList();
    }

    @Test
    void anEarlierRevisionAnsweredAfterANewerOneArrivedIsStillDecided() {
        park("a1", 0);
        park("a1", 1);
        ledger.put("a1", new LedgerEntry("hash1", 1, LedgerEntry.Outcome.PENDING, "", READ_AT));
        AnswerGatherer gatherer = started();

        context.setCurrentSystemTimeMs(5_000);
        gatherer.process(new Record<>("a1", noMatchFromEveryBand("a1", 0), READ_AT));
        tick(5_000 + AnswerGatherer.SETTLE.toMillis());

        assertThat(forwardedTo("unique")).extracting(article -> ((PendingArticle) article).revision()).containsExactly(0);
        assertThat(pending.get(PendingArticle.storeKey("a1", 0))).isNull();
        assertThat(ledger.get("a1").outcome()).as("the newer revision still owns the ledger entry").isEqualTo(LedgerEntry.Outcome.PENDING);
    }

    @Test
    void onStartEveryPendingArticleQueriesItsBandsAgainOnce() {
        park("a1", 0);
        park("b2", 0);
        started();

        tick(500);
        tick(1_000);

        assertThat(forwardedTo("bands")).extracting(message -> ((BandMessage) message).kind()).containsOnly(BandMessage.Kind.QUERY);
        assertThat(forwardedTo("bands")).extracting(message -> ((BandMessage) message).fingerprint().articleId())
                .containsExactlyInAnyOrder("a1", "b2");
    }

    @Test
    void onStartAnArticleThatHeardFromSomeBandsAlreadyQueriesThemAgain() {
        park("a1", 0);
        AnswerGatherer gatherer = started();
        // Redelivered after the restart; the other bands' answers were consumed before it and are lost with the tally.
        BandAnswer firstBand = new BandAnswer("a1", 0, BandAnswer.Kind.ANSWER, 1, "", -1, false, List.of());
        context.setCurrentSystemTimeMs(100);
        gatherer.process(new Record<>("a1", firstBand, READ_AT));

        tick(500);

        assertThat(forwardedTo("bands")).extracting(message -> ((BandMessage) message).fingerprint().articleId()).containsExactly("a1");
    }

    @Test
    void anAnswerForAnArticleNoLongerPendingIsIgnored() {
        AnswerGatherer gatherer = started();

        gatherer.process(new Record<>("gone", noMatchFromEveryBand("gone", 0), READ_AT));
        tick(60_000);

        assertThat(context.forwarded()).isEmpty();
    }
}
