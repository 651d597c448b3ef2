package io.attache.enrich.stream;

import io.attache.enrich.dedupe.ArticleRevision;
import io.attache.enrich.dedupe.SimHash;
import io.attache.enrich.dedupe.TaggedArticle;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.model.Article;
import io.attache.model.EnrichedArticle;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tags an article with its dyads and themes, fingerprints it, and makes it an {@link EnrichedArticle}, serialised
 * once as it will be published. Tagging happens here, on the article's own partition and in parallel, rather than
 * after the copy check on its single partition; the few articles that turn out to be copies are tagged for nothing.
 */
public final class ArticleTagging implements Processor<String, ArticleRevision, String, TaggedArticle> {
    private final ArticleTagger tagger;
    private final Clock clock;
    private ProcessorContext<String, TaggedArticle> context;

    public ArticleTagging(ArticleTagger tagger, Clock clock) {
        this.tagger = tagger;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, TaggedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, ArticleRevision> record) {
        Article article = record.value().article();
        ArticleTagger.Tags tags = tagger.tag(article.title(), article.text(), article.language());
        EnrichedArticle enriched = new EnrichedArticle(
                article,
                record.value().revision(),
                record.value().revisionOf(),
                SimHash.hex(SimHash.of(article.title(), article.text())),
                tags.dyads(),
                tags.themes(),
                clock.instant(),
                "");
        context.forward(record.withValue(TaggedArticle.of(enriched, tags.countries())));
    }
}
