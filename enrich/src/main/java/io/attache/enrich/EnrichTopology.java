package io.attache.enrich;

import io.attache.enrich.stream.ArticleRouter;
import io.attache.enrich.stream.ArticleTagging;
import io.attache.enrich.stream.ArticleValidator;
import io.attache.enrich.stream.CopyChecker;
import io.attache.enrich.stream.RevisionTracker;
import io.attache.enrich.stream.StoryAssigner;
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
 *                                                      └─ track-revisions ─┬─ tag-articles ─┬─ to-copy-check ─ &lt;app&gt;-copy-check
 *                                                        [article-ledger]  └────────────────┘                 (one partition)
 *  &lt;app&gt;-copy-check ─ read-copy-check ─ check-copies ─┬─ to-duplicates ─ news.duplicates
 *                                    [fingerprint-index] └─ assign-stories ─┬─ to-stories ─ news.stories
 *                                            [story-index, story-links]     └─ route-articles ─ to-enriched, to-theme-*, to-dyad-*
 * </pre>
 */
public final class EnrichTopology {
    static final String LEDGER_STORE = "article-ledger";
    static final String INDEX_STORE = "fingerprint-index";
    static final String STORY_STORE = "story-index";
    static final String STORY_LINK_STORE = "story-links";

    private EnrichTopology() {}

    /** The topology, its counters in a private registry (as on {@code TopologyTestDriver}). */
    public static Topology build(EnrichSettings settings, Clock clock) {
        return build(settings, clock, new SimpleMeterRegistry());
    }

    /** The topology, its counters registered in {@code registry}. */
    public static Topology build(EnrichSettings settings, Clock clock, MeterRegistry registry) {
        Taxonomy taxonomy = Taxonomy.load(settings.taxonomyFiles());
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(settings.gazetteerFiles()), taxonomy);
        EnrichMetrics metrics = new EnrichMetrics(registry);
        Topics topics = settings.topics();
        Topology topology = new Topology();

        // 1. Safe input: anything that is not a valid article goes to the dead-letter topic, as read.
        addSafeInput(topology, topics, metrics, "track-revisions");

        // 2. In parallel, by article id: exact repeats and revisions; new texts tagged. All go to the single copy-check
        // partition.
        topology.addProcessor(
                "track-revisions",
                () -> new RevisionTracker(LEDGER_STORE, "to-copy-check", "tag-articles", settings.retention()),
                "validate-articles");
        topology.addProcessor("tag-articles", () -> new ArticleTagging(tagger, clock), "track-revisions");
        topology.addSink(
                "to-copy-check",
                settings.copyCheckTopic(),
                Serdes.String().serializer(),
                EnrichSerdes.copyCandidate().serializer(),
                "track-revisions",
                "tag-articles");

        // 3. Serially, in the order of that partition: near duplicates and the same text under another URL.
        topology.addSource(
                "read-copy-check",
                Serdes.String().deserializer(),
                EnrichSerdes.copyCandidate().deserializer(),
                settings.copyCheckTopic());
        topology.addProcessor(
                "check-copies",
                () -> new CopyChecker(
                        INDEX_STORE,
                        "to-duplicates",
                        "assign-stories",
                        settings.maxDistance(),
                        settings.retention(),
                        clock,
                        metrics),
                "read-copy-check");
        topology.addSink(
                "to-duplicates",
                topics.duplicates(),
                Serdes.String().serializer(),
                RecordSerdes.duplicate().serializer(),
                "check-copies");

        // 4. Serially still, so that the same input gives the same stories: each unique article joins or starts one.
        topology.addProcessor(
                "assign-stories",
                () -> new StoryAssigner(
                        STORY_STORE,
                        STORY_LINK_STORE,
                        "route-articles",
                        "to-stories",
                        settings.storyWindow(),
                        settings.retention(),
                        clock),
                "check-copies");
        topology.addSink(
                "to-stories",
                topics.stories(),
                Serdes.String().serializer(),
                RecordSerdes.story().serializer(),
                "assign-stories");

        // 5. Route the unique: everything to enriched, then per theme, then per watched dyad.
        addRouting(topology, settings, taxonomy, metrics, "assign-stories");

        // State, both in memory and changelogged: a few hundred bytes per article for the retention, restored from the
        // changelog on start. In RocksDB, every exactly-once commit flushed both stores to disk, which set the tail of
        // the
        // latency. The ledger's cache collapses an id's repeated writes within a commit interval; the index is written
        // once per article and read back only through its in-memory buckets.
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.inMemoryKeyValueStore(LEDGER_STORE), Serdes.String(), EnrichSerdes.ledgerEntry())
                        .withCachingEnabled(),
                "track-revisions");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.inMemoryKeyValueStore(INDEX_STORE), Serdes.String(), EnrichSerdes.indexEntry())
                        .withCachingDisabled(),
                "check-copies");
        // The stories held (a window's worth) and each article's story (a retention's worth, for its revisions): in
        // memory and changelogged, like the index, and for the same reason.
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.inMemoryKeyValueStore(STORY_STORE), Serdes.String(), EnrichSerdes.storyState())
                        .withCachingDisabled(),
                "assign-stories");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.inMemoryKeyValueStore(STORY_LINK_STORE),
                                Serdes.String(),
                                EnrichSerdes.storyLink())
                        .withCachingDisabled(),
                "assign-stories");
        return topology;
    }

    /**
     * Adds {@code read-articles} and {@code validate-articles}, which sends valid articles, keyed by id, to
     * {@code validChild}, and anything else to {@code to-dead-letters}. Public for the bench's band design, which reads
     * alike.
     */
    public static void addSafeInput(Topology topology, Topics topics, EnrichMetrics metrics, String validChild) {
        topology.addSource(
                "read-articles",
                Serdes.ByteArray().deserializer(),
                Serdes.ByteArray().deserializer(),
                topics.articles());
        topology.addProcessor(
                "validate-articles",
                () -> new ArticleValidator(validChild, "to-dead-letters", metrics),
                "read-articles");
        topology.addSink(
                "to-dead-letters",
                topics.deadLetters(),
                Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer(),
                "validate-articles");
    }

    /**
     * Adds {@code route-articles} under {@code parent}, which sends it unique articles as {@code TaggedArticle}s, and a
     * sink per topic: enriched, one per theme of the taxonomy, one per watched dyad. The record was serialised once, when
     * tagged (RecordSerdes.enriched()); the sinks write those bytes. Public for the bench's band design, which routes alike.
     */
    public static void addRouting(
            Topology topology, EnrichSettings settings, Taxonomy taxonomy, EnrichMetrics metrics, String parent) {
        Topics topics = settings.topics();
        Map<String, String> themeSinks = sinkNames("to-theme-", new ArrayList<>(taxonomy.themeIds()));
        Map<String, String> dyadSinks = sinkNames("to-dyad-", settings.watchList());
        topology.addProcessor(
                "route-articles", () -> new ArticleRouter("to-enriched", themeSinks, dyadSinks, metrics), parent);
        topology.addSink(
                "to-enriched",
                topics.enriched(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer(),
                "route-articles");
        themeSinks.forEach((theme, sink) -> topology.addSink(
                sink,
                topics.theme(theme),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer(),
                "route-articles"));
        dyadSinks.forEach((pair, sink) -> topology.addSink(
                sink,
                dyadTopic(topics, pair),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer(),
                "route-articles"));
    }

    /**
     * Every topic the topology writes to and reads from, except the internal copy-check topic: input, dead letters,
     * enriched, duplicates, stories, one per theme of the taxonomy, one per watched dyad.
     */
    public static List<String> publicTopics(EnrichSettings settings) {
        Topics topics = settings.topics();
        List<String> names = new ArrayList<>(List.of(
                topics.articles(), topics.deadLetters(), topics.enriched(), topics.duplicates(), topics.stories()));
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
