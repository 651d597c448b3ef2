package io.attache.enrich.stream;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.ThemeTag;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends each enriched article to the enriched topic, to the topic of each of its themes, and to the topic
 * of each of its dyads that is on the watch list. Children are named sinks, one per topic, known when the
 * topology is built. The record is serialised once here and the same bytes go to every topic.
 */
public final class ArticleRouter implements Processor<String, EnrichedArticle, String, byte[]> {
    private final String enrichedChild;
    private final Map<String, String> themeChildren;
    private final Map<String, String> dyadChildren;
    private ProcessorContext<String, byte[]> context;

    /**
     * @param themeChildren sink name by theme id
     * @param dyadChildren  sink name by watched dyad key ({@code AAA-BBB})
     */
    public ArticleRouter(String enrichedChild, Map<String, String> themeChildren, Map<String, String> dyadChildren) {
        this.enrichedChild = enrichedChild;
        this.themeChildren = Map.copyOf(themeChildren);
        this.dyadChildren = Map.copyOf(dyadChildren);
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        Record<String, byte[]> serialised = record.withValue(RecordSerdes.enriched().toBytes(enrichedChild, record.value()));
        context.forward(serialised, enrichedChild);
        for (ThemeTag theme : record.value().themes()) {
            String sink = themeChildren.get(theme.id());
            if (sink != null) {
                context.forward(serialised, sink);
            }
        }
        for (Dyad dyad : record.value().dyads()) {
            String sink = dyadChildren.get(dyad.key());
            if (sink != null) {
                context.forward(serialised, sink);
            }
        }
    }
}
