package io.attache.enrich.stream;

import io.attache.enrich.dedupe.ArticleRevision;
import io.attache.enrich.dedupe.LedgerEntry;
import io.attache.enrich.dedupe.RepeatedArticle;
import io.attache.model.Article;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Exact repeats and revisions, per article id: an id seen within the retention with the same content hash is a
 * repeat, handed straight to the copy check (which names what became of the id in its {@code same_url} notice); with
 * a changed text it becomes the next revision. New articles and revisions are recorded in the ledger and handed on,
 * with their revision, to be tagged.
 */
public final class RevisionTracker implements Processor<String, Article, String, Object> {
    private final String ledgerStoreName;
    private final String repeatChild;
    private final String newChild;
    private final Duration retention;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, LedgerEntry> ledger;

    /**
     * @param repeatChild where repeats go, as {@link RepeatedArticle}s
     * @param newChild    where new articles and revisions go, as {@link ArticleRevision}s
     */
    public RevisionTracker(String ledgerStoreName, String repeatChild, String newChild, Duration retention) {
        this.ledgerStoreName = ledgerStoreName;
        this.repeatChild = repeatChild;
        this.newChild = newChild;
        this.retention = retention;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.ledger = context.getStateStore(ledgerStoreName);
        RetentionPurger.schedule(context, ledger, retention, LedgerEntry::seenAt);
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
            context.forward(record.withValue((Object) new RepeatedArticle(article)), repeatChild);
            return;
        }
        int revision = known == null ? 0 : known.revision() + 1;
        ledger.put(article.id(), new LedgerEntry(article.contentHash(), revision, now));
        context.forward(
                record.withValue((Object) new ArticleRevision(article, revision, revision == 0 ? "" : article.id())),
                newChild);
    }
}
