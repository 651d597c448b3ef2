package io.attache.bench.enrich.banded;

import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.EnrichSettings;
import io.attache.enrich.EnrichTopology;
import io.attache.enrich.stream.ArticleTagging;
import io.attache.enrich.stream.RevisionTracker;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The band design of the enrichment topology, as it was before the serial copy check replaced it (commit 7289f7b),
 * kept runnable in the bench only, so {@code EnrichThroughputRunner} can measure both designs side by side. Not used by
 * Attaché itself; see docs/design.md for why it was retired.
 *
 * <pre>
 *  news.articles ─ read-articles ─ validate-articles ─┬─ to-dead-letters ─ news.dlq
 *                                                      └─ track-revisions ─┬─ name-repeats ─ to-duplicates ─ news.duplicates
 *                                                                          └─ tag-articles ─ park-articles ─ to-fingerprint-bands ─ &lt;app&gt;-fingerprint-bands
 *  &lt;app&gt;-fingerprint-bands ─ read-fingerprint-bands ─ index-bands ─ to-band-answers ─ &lt;app&gt;-fingerprint-answers
 *  &lt;app&gt;-fingerprint-answers ─ read-band-answers ─ gather-answers ─┬─ to-duplicates
 *                                                              ├─ to-fingerprint-bands (register or release)
 *                                                              └─ route-articles ─ to-enriched, to-theme-*, to-dyad-*
 * </pre>
 */
public final class BandedTopology {
    static final String LEDGER_STORE = "article-ledger";
    static final String PENDING_STORE = "pending-articles";
    static final String BANDS_STORE = "fingerprint-index";

    private BandedTopology() {}

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
        Topology topology = new Topology();

        // 1. Safe input, as enrichment reads it.
        EnrichTopology.addSafeInput(topology, topics, metrics, "track-revisions");

        // 2. Exact duplicates and revisions by article id; the rest tagged, then parked with one query to the band
        // index.
        topology.addProcessor(
                "track-revisions",
                () -> new RevisionTracker(LEDGER_STORE, "name-repeats", "tag-articles", settings.retention()),
                "validate-articles");
        topology.addProcessor("name-repeats", () -> new RepeatNotices(clock, metrics), "track-revisions");
        topology.addProcessor("tag-articles", () -> new ArticleTagging(tagger, clock), "track-revisions");
        topology.addProcessor("park-articles", () -> new ArticleParking(PENDING_STORE), "tag-articles");

        // 3. Near duplicates and same content under another URL: the band index, partitioned by band key.
        topology.addSource(
                "read-fingerprint-bands",
                Serdes.String().deserializer(),
                BandedSerdes.bandMessage().deserializer(),
                bandsTopic(settings));
        topology.addProcessor(
                "index-bands",
                () -> new BandIndexer(BANDS_STORE, bandPartitions, settings.maxDistance(), settings.retention()),
                "read-fingerprint-bands");
        topology.addSink(
                "to-band-answers",
                answersTopic(settings),
                Serdes.String().serializer(),
                BandedSerdes.bandAnswer().serializer(),
                "index-bands");

        // 4. Back on the article's partition: four answers decide duplicate or unique.
        topology.addSource(
                "read-band-answers",
                Serdes.String().deserializer(),
                BandedSerdes.bandAnswer().deserializer(),
                answersTopic(settings));
        topology.addProcessor(
                "gather-answers",
                () -> new AnswerGatherer(
                        PENDING_STORE, "to-duplicates", "to-fingerprint-bands", "route-articles", clock, metrics),
                "read-band-answers");
        topology.addSink(
                "to-fingerprint-bands",
                bandsTopic(settings),
                Serdes.String().serializer(),
                BandedSerdes.bandMessage().serializer(),
                new BandPartitioner(),
                "park-articles",
                "gather-answers");
        topology.addSink(
                "to-duplicates",
                topics.duplicates(),
                Serdes.String().serializer(),
                RecordSerdes.duplicate().serializer(),
                "name-repeats",
                "gather-answers");

        // 5. Route the unique, as enrichment does.
        EnrichTopology.addRouting(topology, settings, taxonomy, metrics, "gather-answers");

        // State. Caching collapses the ledger's repeated writes of one commit interval before they reach RocksDB and
        // the
        // changelog; a pending article is written once and deleted seconds later, so caching it would only copy it.
        // Pending articles live seconds and are few, so they are kept in memory (still changelogged): in RocksDB every
        // commit flushed a memtable of entries already deleted. What their queries heard is held by gather-answers
        // alone.
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(LEDGER_STORE),
                                Serdes.String(),
                                EnrichSerdes.ledgerEntry())
                        .withCachingEnabled(),
                "track-revisions");
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.inMemoryKeyValueStore(PENDING_STORE),
                                Serdes.String(),
                                BandedSerdes.pendingArticle())
                        .withCachingDisabled(),
                "park-articles",
                "gather-answers");
        // The band index reads its store only to rebuild itself in memory; it writes each article's entry once per
        // change.
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(BANDS_STORE),
                                Serdes.String(),
                                BandedSerdes.storedFingerprint())
                        .withCachingDisabled(),
                "index-bands");
        return topology;
    }

    /** Internal topic carrying fingerprint queries and outcomes, keyed by article id, to the partitions owning its bands. */
    public static String bandsTopic(EnrichSettings settings) {
        return settings.applicationId() + "-fingerprint-bands";
    }

    /** Internal topic carrying the band index's answers back, keyed by article id. */
    public static String answersTopic(EnrichSettings settings) {
        return settings.applicationId() + "-fingerprint-answers";
    }
}
