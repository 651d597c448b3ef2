package io.attache.enrich;

import io.attache.enrich.stream.AnswerGatherer;
import io.attache.enrich.stream.ArticleParking;
import io.attache.enrich.stream.ArticleRouter;
import io.attache.enrich.stream.ArticleTagging;
import io.attache.enrich.stream.ArticleValidator;
import io.attache.enrich.stream.BandIndexer;
import io.attache.enrich.stream.BandPartitioner;
import io.attache.enrich.stream.RevisionTracker;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrichment topology, built in one place and read top to bottom. Every node is named; the
 * picture is in {@code docs/design.md}.
 *
 * <pre>
 *  news.articles ─ read-articles ─ validate-articles ─┬─ to-dead-letters ─ news.dlq
 *                                                      └─ track-revisions ─┬─ to-duplicates ─ news.duplicates
 *                                                                          └─ tag-articles ─ park-articles ─ to-fingerprint-bands ─ &lt;app&gt;-fingerprint-bands
 *  &lt;app&gt;-fingerprint-bands ─ read-fingerprint-bands ─ index-bands ─ to-band-answers ─ &lt;app&gt;-fingerprint-answers
 *                                                    (answers, WAIT notices, outcomes)
 *  &lt;app&gt;-fingerprint-answers ─ read-band-answers ─ gather-answers ─┬─ to-duplicates
 *                                                              ├─ to-fingerprint-bands (register or release)
 *                                                              └─ route-articles ─ to-enriched, to-theme-*, to-dyad-*
 * </pre>
 */
public final class EnrichTopology {
    static final String LEDGER_STORE = "article-ledger";
    static final String PENDING_STORE = "pending-articles";
    static final String BANDS_STORE = "fingerprint-index";

    private EnrichTopology() {
    }

    /**
     * The topology for input and band topics of one partition, as on {@code TopologyTestDriver}, its counters in
     * a private registry.
     */
    public static Topology build(EnrichSettings settings, Clock clock) {
        return build(settings, 1, clock, new SimpleMeterRegistry());
    }

    /**
     * The topology, its counters registered in {@code registry}.
     *
     * @param bandPartitions partitions of the band topic (those of the input): which bands each partition owns
     */
    public static Topology build(EnrichSettings settings, int bandPartitions, Clock clock, MeterRegistry registry) {
        Taxonomy taxonomy = Taxonomy.load(settings.taxonomyFiles());
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(settings.gazetteerFiles()), taxonomy);
        EnrichMetrics metrics = new EnrichMetrics(registry);
        Topics topics = settings.topics();
        AnswerGatherer.StoreNames stores = new AnswerGatherer.StoreNames(LEDGER_STORE, PENDING_STORE);
        Topology topology = new Topology();

        // 1. Safe input: anything that is not a valid article goes to the dead-letter topic, as read.
        topology.addSource("read-articles", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), topics.articles());
        topology.addProcessor("validate-articles",
                () -> new ArticleValidator("track-revisions", "to-dead-letters", metrics), "read-articles");
        topology.addSink("to-dead-letters", topics.deadLetters(),
                Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer(), "validate-articles");

        // 2. Exact duplicates and revisions by article id; the rest tagged, then parked with one query to the band index.
        topology.addProcessor("track-revisions",
                () -> new RevisionTracker(LEDGER_STORE, "to-duplicates", "tag-articles", settings.retention(), clock, metrics),
                "validate-articles");
        topology.addProcessor("tag-articles", () -> new ArticleTagging(tagger, clock), "track-revisions");
        topology.addProcessor("park-articles", () -> new ArticleParking(PENDING_STORE), "tag-articles");

        // 3. Near duplicates and same content under another URL: the band index, partitioned by band key.
        topology.addSource("read-fingerprint-bands", Serdes.String().deserializer(), EnrichSerdes.bandMessage().deserializer(),
                settings.bandsTopic());
        topology.addProcessor("index-bands",
                () -> new BandIndexer(BANDS_STORE, bandPartitions, settings.maxDistance(), settings.retention()), "read-fingerprint-bands");
        topology.addSink("to-band-answers", settings.answersTopic(),
                Serdes.String().serializer(), EnrichSerdes.bandAnswer().serializer(), "index-bands");

        // 4. Back on the article's partition: four answers decide duplicate or unique.
        topology.addSource("read-band-answers", Serdes.String().deserializer(), EnrichSerdes.bandAnswer().deserializer(),
                settings.answersTopic());
        topology.addProcessor("gather-answers",
                () -> new AnswerGatherer(stores, "to-duplicates", "to-fingerprint-bands", "route-articles", clock, metrics),
                "read-band-answers");
        topology.addSink("to-fingerprint-bands", settings.bandsTopic(),
                Serdes.String().serializer(), EnrichSerdes.bandMessage().serializer(), new BandPartitioner(), "park-articles", "gather-answers");
        topology.addSink("to-duplicates", topics.duplicates(),
                Serdes.String().serializer(), RecordSerdes.duplicate().serializer(), "track-revisions", "gather-answers");

        // 5. Route the unique: everything to enriched, then per theme, then per watched dyad.
        Map<String, String> themeSinks = sinkNames("to-theme-", new ArrayList<>(taxonomy.themeIds()));
        Map<String, String> dyadSinks = sinkNames("to-dyad-", settings.watchList());
        topology.addProcessor("route-articles", () -> new ArticleRouter("to-enriched", themeSinks, dyadSinks, metrics), "gather-answers");
        // The enriched record was serialised once, when parked (RecordSerdes.enriched()); the sinks write those bytes.
        topology.addSink("to-enriched", topics.enriched(),
                Serdes.String().serializer(), Serdes.ByteArray().serializer(), "route-articles");
        themeSinks.forEach((theme, sink) -> topology.addSink(sink, topics.theme(theme),
                Serdes.String().serializer(), Serdes.ByteArray().serializer(), "route-articles"));
        dyadSinks.forEach((pair, sink) -> topology.addSink(sink, dyadTopic(topics, pair),
                Serdes.String().serializer(), Serdes.ByteArray().serializer(), "route-articles"));

        // State: the ledger and the pending articles are shared by the two ends of the article's partition.
        // Caching collapses the repeated writes of one commit interval before they reach RocksDB and the changelog;
        // a pending article is written once and deleted seconds later, so caching it would only copy it.
        // Pending articles live seconds and are few, so they are kept in memory (still changelogged): in RocksDB every
        // commit flushed a memtable of entries already deleted. What their queries heard is held by gather-answers alone.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LEDGER_STORE),
                Serdes.String(), EnrichSerdes.ledgerEntry()).withCachingEnabled(), "track-revisions", "gather-answers");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(PENDING_STORE),
                Serdes.String(), EnrichSerdes.pendingArticle()).withCachingDisabled(), "park-articles", "gather-answers");
        // The band index reads its store only to rebuild itself in memory; it writes each article's entry once per change.
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BANDS_STORE),
                Serdes.String(), EnrichSerdes.storedFingerprint()).withCachingDisabled(), "index-bands");
        return topology;
    }

    /**
     * Every topic the topology writes to and reads from, except the internal band topics: input, dead letters,
     * enriched, duplicates, one per theme of the taxonomy, one per watched dyad.
     */
    public static List<String> publicTopics(EnrichSettings settings) {
        Topics topics = settings.topics();
        List<String> names = new ArrayList<>(List.of(topics.articles(), topics.deadLetters(), topics.enriched(), topics.duplicates()));
        Taxonomy.load(settings.taxonomyFiles()).themeIds().forEach(theme -> names.add(topics.theme(theme)));
        settings.watchList().forEach(pair -> names.add(dyadTopic(topics, pair)));
        return names;
    }

    private static String dyadTopic(Topics topics, String pair) {
        String[] codes = pair.split("-");
        return topics.dyad(codes[0], codes[1]);
    }

    private static Map<String, String> sinkNames(String prefix, List<String> ids) {
        Map<String, String> sinks = new LinkedHashMap<>();
        ids.stream().sorted().forEach(id -> sinks.put(id, prefix + id));
        return sinks;
    }
}
