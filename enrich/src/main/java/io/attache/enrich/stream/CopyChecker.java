package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.CopyCandidate;
import io.attache.enrich.dedupe.FingerprintIndex;
import io.attache.enrich.dedupe.IndexEntry;
import io.attache.enrich.dedupe.RepeatedArticle;
import io.attache.enrich.dedupe.TaggedArticle;
import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The serial step: every article passes here, on the single partition of the copy-check topic, one at a time in the
 * order of that partition. A tagged article is looked up in the {@link FingerprintIndex}: within the distance of a
 * published article it is dropped, its notice naming that article ({@code same_content} for the same text, else
 * {@code near_duplicate}); otherwise it is registered and routed. A repeated article's {@code same_url} notice names
 * the article published for its text: its own id, or the one its id was dropped for. Under exactly-once, the lookup,
 * the registration and the output are one transaction, so only a published article is ever named.
 */
public final class CopyChecker implements Processor<String, CopyCandidate, String, Object> {
    private final String indexStoreName;
    private final String duplicatesChild;
    private final String uniqueChild;
    private final int maxDistance;
    private final Duration retention;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, Object> context;
    private FingerprintIndex index;

    /**
     * @param duplicatesChild where duplicate notices go
     * @param uniqueChild     where unique articles go, as the {@link TaggedArticle}s they came as
     */
    public CopyChecker(
            String indexStoreName,
            String duplicatesChild,
            String uniqueChild,
            int maxDistance,
            Duration retention,
            Clock clock,
            EnrichMetrics metrics) {
        this.indexStoreName = indexStoreName;
        this.duplicatesChild = duplicatesChild;
        this.uniqueChild = uniqueChild;
        this.maxDistance = maxDistance;
        this.retention = retention;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        KeyValueStore<String, IndexEntry> store = context.getStateStore(indexStoreName);
        this.index = FingerprintIndex.load(store);
        // Rebuilt after a purge, which removes few entries, rarely (hourly): simpler than keeping the two in step.
        context.schedule(RetentionPurger.interval(retention), PunctuationType.STREAM_TIME, streamTime -> {
            RetentionPurger.deleteExpired(store, streamTime - retention.toMillis(), IndexEntry::seenAt);
            index = FingerprintIndex.load(store);
        });
    }

    @Override
    public void process(Record<String, CopyCandidate> record) {
        long cutoff = record.timestamp() - retention.toMillis();
        if (record.value() instanceof RepeatedArticle repeated) {
            String published = index.get(repeated.articleId(), cutoff)
                    .map(IndexEntry::duplicateOf)
                    .filter(id -> !id.isEmpty())
                    .orElse(repeated.articleId());
            drop(record, repeated.article(), DuplicateReason.SAME_URL, published, 0);
            return;
        }
        TaggedArticle article = (TaggedArticle) record.value();
        Optional<FingerprintIndex.Match> match =
                index.closest(article.articleId(), article.simhash(), article.contentHash(), maxDistance, cutoff);
        String duplicateOf = match.map(FingerprintIndex.Match::articleId).orElse("");
        index.put(
                article.articleId(),
                new IndexEntry(
                        article.revision(), article.simhash(), article.contentHash(), record.timestamp(), duplicateOf));
        if (match.isEmpty()) {
            context.forward(record.withValue((Object) article), uniqueChild);
            return;
        }
        DuplicateReason reason =
                match.get().sameContent() ? DuplicateReason.SAME_CONTENT : DuplicateReason.NEAR_DUPLICATE;
        drop(
                record,
                article.decode().article(),
                reason,
                duplicateOf,
                match.get().distance());
    }

    private void drop(
            Record<String, CopyCandidate> record,
            Article article,
            DuplicateReason reason,
            String duplicateOf,
            int distance) {
        metrics.duplicate(reason);
        DuplicateNotice notice =
                new DuplicateNotice(DuplicateNotice.SCHEMA, article, reason, duplicateOf, distance, clock.instant());
        context.forward(record.withValue((Object) notice), duplicatesChild);
    }
}
