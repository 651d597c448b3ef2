package io.attache.enrich.stream;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.dedupe.TaggedArticle;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each unique article to the enriched topic, to the topic of each of its themes, and to the topic of each
 * of its dyads that is on the watch list. Children are named sinks, one per topic, known when the topology is
 * built. The record was serialised once, when it was tagged; the same bytes go to every topic.
 */
public final class ArticleRouter implements Processor<String, TaggedArticle, String, byte[]> {
    private final String enrichedChild;
    private final Map<String, String> themeChildren;
    private final Map<String, String> dyadChildren;
    private final EnrichMetrics metrics;
    private ProcessorContext<String, byte[]> context;

    /**
     * @param themeChildren sink name by theme id
     * @param dyadChildren  sink name by watched dyad key ({@code AAA-BBB})
     */
    public ArticleRouter(
            String enrichedChild,
            Map<String, String> themeChildren,
            Map<String, String> dyadChildren,
            EnrichMetrics metrics) {
        this.enrichedChild = enrichedChild;
        this.themeChildren = Map.copyOf(themeChildren);
        this.dyadChildren = Map.copyOf(dyadChildren);
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, TaggedArticle> record) {
        TaggedArticle article = record.value();
        Record<String, byte[]> serialised = record.withValue(article.enriched());
        context.forward(serialised, enrichedChild);
        metrics.enriched();
        for (String theme : article.themes()) {
            metrics.themeTagged(theme);
            String sink = themeChildren.get(theme);
            if (sink != null) {
                context.forward(serialised, sink);
            }
        }
        for (String dyad : article.dyads()) {
            String sink = dyadChildren.get(dyad);
            if (sink != null) {
                context.forward(serialised, sink);
            }
        }
    }
}
