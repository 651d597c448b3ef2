package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.PendingArticle;
import io.attache.enrich.dedupe.SimHash;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.model.Article;
import io.attache.model.EnrichedArticle;
import io.attache.model.ThemeTag;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** Tags a unique article with its dyads and themes and makes it an {@link EnrichedArticle}. */
public final class ArticleTagging implements Processor<String, PendingArticle, String, EnrichedArticle> {
    private final ArticleTagger tagger;
    private final Clock clock;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, EnrichedArticle> context;

    public ArticleTagging(ArticleTagger tagger, Clock clock, EnrichMetrics metrics) {
        this.tagger = tagger;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, PendingArticle> record) {
        PendingArticle unique = record.value();
        Article article = unique.article();
        ArticleTagger.Tags tags = tagger.tag(article.title(), article.text());
        EnrichedArticle enriched = new EnrichedArticle(article, unique.revision(), unique.revisionOf(),
                SimHash.hex(unique.simhash()), tags.dyads(), tags.themes(), clock.instant());
        metrics.enriched();
        for (ThemeTag theme : tags.themes()) {
            metrics.themeTagged(theme.id());
        }
        context.forward(record.withValue(enriched));
    }
}
