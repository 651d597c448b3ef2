package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.ArticleRevision;
import io.attache.enrich.dedupe.LedgerEntry;
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
 * is not dropped here is recorded as pending in the ledger and handed on, with its revision, to be tagged
 * and checked for near duplicates.
 */
public final class RevisionTracker implements Processor<String, Article, String, Object> {
    private final String ledgerStoreName;
    private final String duplicatesChild;
    private final String newChild;
    private final Duration retention;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, LedgerEntry> ledger;

    /**
     * @param newChild where new articles and revisions go, as {@link ArticleRevision}s
     */
    public RevisionTracker(String ledgerStoreName, String duplicatesChild, String newChild, Duration retention, Clock clock,
            EnrichMetrics metrics) {
        this.ledgerStoreName = ledgerStoreName;
        this.duplicatesChild = duplicatesChild;
        this.newChild = newChild;
        this.retention = retention;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = context.getStateStore(ledgerStoreName);
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
        ledger.put(article.id(), new LedgerEntry(article.contentHash(), revision, LedgerEntry.Outcome.PENDING, "", now));
        context.forward(record.withValue((Object) new ArticleRevision(article, revision, revision == 0 ? "" : article.id())), newChild);
    }
}
