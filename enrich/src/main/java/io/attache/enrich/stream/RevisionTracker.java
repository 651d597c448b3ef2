package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.BandMessage;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.dedupe.PendingArticle;
import io.attache.enrich.dedupe.SimHash;
import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Exact duplicates and revisions, per article id: an id seen within the retention with the same content
 * hash is dropped ({@code same_url}); with a changed text it becomes the next revision. Every article that
 * is not dropped here is parked in the pending store and its fingerprint sent to the band index.
 */
public final class RevisionTracker implements Processor<String, Article, String, Object> {
    private final String ledgerStoreName;
    private final String pendingStoreName;
    private final String duplicatesChild;
    private final String bandsChild;
    private final Duration retention;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, LedgerEntry> ledger;
    private KeyValueStore<String, PendingArticle> pending;

    public RevisionTracker(StoreNames stores, String duplicatesChild, String bandsChild, Duration retention, Clock clock, EnrichMetrics metrics) {
        this.ledgerStoreName = stores.ledger();
        this.pendingStoreName = stores.pending();
        this.duplicatesChild = duplicatesChild;
        this.bandsChild = bandsChild;
        this.retention = retention;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The stores this processor and {@link AnswerGatherer} share; {@code answers} is the gatherer's own. */
    public record StoreNames(String ledger, String pending, String answers) {
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = context.getStateStore(ledgerStoreName);
        this.pending = context.getStateStore(pendingStoreName);
        new RetentionPurger<>(ledger, retention, (entry, cutoff) -> entry.seenAt() < cutoff ? null : entry).schedule(context);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        long now = record.timestamp();
        LedgerEntry known = ledger.get(article.id());
        if (known != null && known.seenAt() < now - retention.toMillis()) {
            known = null;
        }
        if (known != null && known.contentHash().equals(article.contentHash())) {
            ledger.put(article.id(), known.seenAgainAt(now));
            metrics.duplicate(DuplicateReason.SAME_URL);
            DuplicateNotice notice = new DuplicateNotice(DuplicateNotice.SCHEMA, article, DuplicateReason.SAME_URL,
                    known.enrichedId(article.id()), 0, clock.instant());
            context.forward(record.withValue((Object) notice), duplicatesChild);
            return;
        }
        int revision = known == null ? 0 : known.revision() + 1;
        String revisionOf = revision == 0 ? "" : article.id();
        long simhash = SimHash.of(article.title(), article.text());
        ledger.put(article.id(), new LedgerEntry(article.contentHash(), revision, LedgerEntry.Outcome.PENDING, "", now));
        PendingArticle parked = new PendingArticle(article, revision, revisionOf, simhash, now);
        pending.put(PendingArticle.storeKey(article.id(), revision), parked);
        // One message; the band topic's partitioner sends it to each partition owning one of its bands.
        context.forward(record.withValue((Object) new BandMessage(BandMessage.Kind.QUERY, parked.fingerprint(now))), bandsChild);
    }
}
