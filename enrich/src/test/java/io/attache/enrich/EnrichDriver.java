package io.attache.enrich;

import io.attache.model.Article;
import io.attache.model.DuplicateNotice;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.Story;
import io.attache.model.Topics;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** The whole enrich topology on Kafka Streams' test driver, with its input and its main outputs. */
public final class EnrichDriver implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> input;
    private final TestOutputTopic<String, EnrichedArticle> enriched;
    private final TestOutputTopic<String, DuplicateNotice> duplicates;
    private final TestOutputTopic<String, Story> stories;

    /** The topology of {@code settings}, its state under the settings' state directory. */
    public EnrichDriver(EnrichSettings settings, Clock clock) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toString());
        Topics topics = settings.topics();
        driver = new TopologyTestDriver(EnrichTopology.build(settings, clock), props);
        input = driver.createInputTopic(
                topics.articles(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(
                topics.enriched(),
                Serdes.String().deserializer(),
                RecordSerdes.enriched().deserializer());
        duplicates = driver.createOutputTopic(
                topics.duplicates(),
                Serdes.String().deserializer(),
                RecordSerdes.duplicate().deserializer());
        stories = driver.createOutputTopic(
                topics.stories(),
                Serdes.String().deserializer(),
                RecordSerdes.story().deserializer());
    }

    /** Pipes one article, read at {@code at}; the driver carries it through the copy-check topic before returning. */
    public void send(Article article, Instant at) {
        input.pipeInput(new TestRecord<>(article.id(), RecordSerdes.article().toBytes("t", article), at));
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    public TestInputTopic<String, byte[]> input() {
        return input;
    }

    public TestOutputTopic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    public TestOutputTopic<String, DuplicateNotice> duplicates() {
        return duplicates;
    }

    public TestOutputTopic<String, Story> stories() {
        return stories;
    }

    @Override
    public void close() {
        driver.close();
    }
}
