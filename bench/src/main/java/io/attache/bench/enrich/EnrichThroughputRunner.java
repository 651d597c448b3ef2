package io.attache.bench.enrich;

import io.attache.bench.ScratchDirectory;
import io.attache.bench.enrich.banded.BandedTopology;
import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.enrich.EnrichMetrics;
import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.EnrichSettings;
import io.attache.enrich.EnrichTopology;
import io.attache.enrich.dedupe.ArticleRevision;
import io.attache.enrich.dedupe.SimHash;
import io.attache.enrich.dedupe.TaggedArticle;
import io.attache.enrich.stream.ArticleRouter;
import io.attache.enrich.stream.ArticleTagging;
import io.attache.enrich.stream.ArticleValidator;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.Article;
import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import io.attache.model.TopicProvisioner;
import io.attache.model.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The whole enrichment topology beside a pass-through topology, on one embedded broker, over the same input
 * records, with the same processing guarantee, in one run. Each topology reads the input from the start with
 * its own application id; the time is from start to the last output committed.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.attache.bench.enrich.EnrichThroughputRunner [articles] [bytes] [guarantee]
 * [commit.interval.ms] [streams.property=value ...] [bench.mix=typical|dense] [bench.warmup=articles]} (the commit
 * interval defaults to Kafka Streams' own: 100 ms under exactly-once; {@code -} keeps it). Every property is given to both
 * topologies alike, so the comparison stays fair. {@code bench.mix} picks the articles: one subject each, as real releases
 * (default), or every subject in every article ({@link BenchArticles.Mix}). Both topologies first run a warm-up round
 * of {@code bench.warmup} other articles (20,000 by default) on other topics, so neither is charged for the JIT's work.
 * Besides the whole run (which ends with enrichment's settling time for the last articles), each topology's steady
 * rate is printed: the records between the 10th and the 90th percentile of outputs over the time between them.
 */
public final class EnrichThroughputRunner {
    static final int PARTITIONS = 2;
    /** Not a Streams property: which articles to use ({@link BenchArticles.Mix}, {@code typical} by default). */
    private static final String MIX_OPTION = "bench.mix";
    /** Not a Streams property: articles in the warm-up round run before the measured one (20,000 by default; 0 for none). */
    private static final String WARM_UP_OPTION = "bench.warmup";

    private EnrichThroughputRunner() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int bytes = args.length > 1 ? Integer.parseInt(args[1]) : 2_048;
        String guarantee = args.length > 2 ? args[2] : StreamsConfig.EXACTLY_ONCE_V2;
        Map<String, Object> tuning = new TreeMap<>();
        if (args.length > 3 && !args[3].equals("-")) {
            tuning.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, Integer.parseInt(args[3]));
        }
        BenchArticles.Mix mix = BenchArticles.Mix.TYPICAL;
        int warmUp = 20_000;
        for (int i = 4; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            if (pair[0].equals(MIX_OPTION)) {
                mix = BenchArticles.Mix.valueOf(pair[1].toUpperCase(Locale.ROOT));
            } else if (pair[0].equals(WARM_UP_OPTION)) {
                warmUp = Integer.parseInt(pair[1]);
            } else {
                tuning.put(pair[0], pair[1]);
            }
        }
        try (ScratchDirectory scratch = ScratchDirectory.create("enrich-bench")) {
            compare(scratch.path(), count, bytes, warmUp, guarantee, tuning, mix);
        }
    }

    private static void compare(
            Path dir,
            int count,
            int bytes,
            int warmUp,
            String guarantee,
            Map<String, Object> tuning,
            BenchArticles.Mix mix)
            throws Exception {
        try (EmbeddedKafkaBroker broker =
                        EmbeddedKafkaBroker.at(dir.resolve("broker"), 0).start();
                Admin admin =
                        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            System.out.printf(
                    Locale.ROOT,
                    "%d %s articles of ~%d bytes on %d partitions, %s %s, after a warm-up round of %d%n",
                    count,
                    mix,
                    bytes,
                    PARTITIONS,
                    guarantee,
                    tuning,
                    warmUp);
            if (warmUp > 0) {
                // The JIT compiles the broker's, the clients' and each topology's paths while they first run: tens of
                // seconds of CPU that would otherwise be counted against whichever topology runs them first.
                round(
                        "warmup",
                        new Topics("warmup"),
                        BenchArticles.articles(warmUp, bytes, mix),
                        broker,
                        admin,
                        dir,
                        guarantee,
                        tuning);
            }
            Map<String, Rates> rates = round(
                    "measured",
                    Topics.defaults(),
                    BenchArticles.articles(count, bytes, mix),
                    broker,
                    admin,
                    dir,
                    guarantee,
                    tuning);
            Rates passThrough = rates.get("pass-through");
            Rates enrich = rates.get("enrich");
            Rates banded = rates.get("banded");
            Rates reference = rates.get("tag-and-route");
            System.out.printf(
                    Locale.ROOT,
                    "enrich / tag-and-route = %s; enrich / banded = %s; banded / tag-and-route = %s; "
                            + "enrich / pass-through = %s; tag-and-route / pass-through = %s%n",
                    enrich.over(reference),
                    enrich.over(banded),
                    banded.over(reference),
                    enrich.over(passThrough),
                    reference.over(passThrough));
            System.out.printf(
                    Locale.ROOT,
                    "copy check alone: %.0f articles/s (steady %.0f)%n",
                    rates.get("copy-check").whole(),
                    rates.get("copy-check").steady());
        }
    }

    /** A topology's rate over the whole run and its steady rate (outputs between the 10th and the 90th percentile). */
    private record Rates(double whole, double steady) {
        String over(Rates other) {
            return String.format(Locale.ROOT, "%.2f (steady %.2f)", whole / other.whole, steady / other.steady);
        }
    }

    /**
     * One round: the articles on their own input topic under {@code topics}, read by the pass-through, the enrichment
     * topology, the band design it replaced and the tag-and-route reference, one after the other, each with its own
     * application id; then the copy check alone, on the tagged articles written to a copy-check topic beforehand. Returns
     * each one's rates by name.
     */
    private static Map<String, Rates> round(
            String name,
            Topics topics,
            List<Article> articles,
            EmbeddedKafkaBroker broker,
            Admin admin,
            Path dir,
            String guarantee,
            Map<String, Object> tuning)
            throws Exception {
        System.out.printf(Locale.ROOT, "-- %s round%n", name);
        new TopicProvisioner(admin).ensure(List.of(new NewTopic(topics.articles(), PARTITIONS, (short) 1)));
        produce(
                broker.bootstrapServers(),
                topics.articles(),
                articles,
                article -> RecordSerdes.article().toBytes("", article));
        Map<String, Rates> rates = new LinkedHashMap<>();
        String passThroughOutput = topics.prefix() + ".passthrough";
        rates.put(
                "pass-through",
                run(
                        name + "-pass-through",
                        passThrough(topics, passThroughOutput),
                        broker,
                        admin,
                        dir,
                        guarantee,
                        tuning,
                        List.of(passThroughOutput),
                        articles.size()));

        EnrichSettings settings = settings(broker, topics, "bench-enrich-" + name, dir, guarantee);
        provision(admin, EnrichTopology.publicTopics(settings), PARTITIONS);
        provision(admin, List.of(settings.copyCheckTopic()), 1);
        rates.put(
                "enrich",
                run(
                        name + "-enrich",
                        EnrichTopology.build(settings, Clock.systemUTC(), new SimpleMeterRegistry()),
                        broker,
                        admin,
                        dir,
                        guarantee,
                        tuning,
                        List.of(topics.enriched(), topics.duplicates()),
                        articles.size()));

        // The band design reads the same articles from its own input topic, as it writes to topics of its own.
        Topics bandedTopics = new Topics(topics.prefix() + "-banded");
        EnrichSettings banded = settings(broker, bandedTopics, "bench-banded-" + name, dir, guarantee);
        provision(admin, EnrichTopology.publicTopics(banded), PARTITIONS);
        provision(admin, List.of(BandedTopology.bandsTopic(banded), BandedTopology.answersTopic(banded)), PARTITIONS);
        produce(
                broker.bootstrapServers(),
                bandedTopics.articles(),
                articles,
                article -> RecordSerdes.article().toBytes("", article));
        rates.put(
                "banded",
                run(
                        name + "-banded",
                        BandedTopology.build(banded, PARTITIONS, Clock.systemUTC(), new SimpleMeterRegistry()),
                        broker,
                        admin,
                        dir,
                        guarantee,
                        tuning,
                        List.of(bandedTopics.enriched(), bandedTopics.duplicates()),
                        articles.size()));

        Topics referenceTopics = new Topics(topics.prefix() + "-reference");
        Taxonomy taxonomy = Taxonomy.load(List.of());
        provision(
                admin, taxonomy.themeIds().stream().map(referenceTopics::theme).toList(), PARTITIONS);
        rates.put(
                "tag-and-route",
                run(
                        name + "-tag-and-route",
                        tagAndRoute(topics.articles(), referenceTopics, taxonomy),
                        broker,
                        admin,
                        dir,
                        guarantee,
                        tuning,
                        List.of(referenceTopics.enriched()),
                        articles.size()));

        rates.put("copy-check", copyCheckAlone(name, articles, broker, admin, dir, guarantee, tuning));
        return rates;
    }

    /**
     * The copy check on its own: the articles tagged beforehand and written to the copy-check topic of an application
     * whose input topic stays empty, so its stream thread does nothing but the serial step and routing.
     */
    private static Rates copyCheckAlone(
            String name,
            List<Article> articles,
            EmbeddedKafkaBroker broker,
            Admin admin,
            Path dir,
            String guarantee,
            Map<String, Object> tuning)
            throws Exception {
        Topics topics = new Topics("copycheck-" + name);
        EnrichSettings settings = settings(broker, topics, "bench-copy-check-" + name, dir, guarantee);
        provision(admin, EnrichTopology.publicTopics(settings), PARTITIONS);
        provision(admin, List.of(settings.copyCheckTopic()), 1);
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));
        produce(broker.bootstrapServers(), settings.copyCheckTopic(), articles, article -> {
            ArticleTagger.Tags tags = tagger.tag(article.title(), article.text(), article.language());
            EnrichedArticle enriched = new EnrichedArticle(
                    article,
                    0,
                    "",
                    SimHash.hex(SimHash.of(article.title(), article.text())),
                    tags.dyads(),
                    tags.themes(),
                    Instant.now(),
                    "");
            return EnrichSerdes.copyCandidate().toBytes(TaggedArticle.of(enriched, tags.countries()));
        });
        return run(
                name + "-copy-check",
                EnrichTopology.build(settings, Clock.systemUTC(), new SimpleMeterRegistry()),
                broker,
                admin,
                dir,
                guarantee,
                tuning,
                List.of(topics.enriched(), topics.duplicates()),
                articles.size());
    }

    static EnrichSettings settings(
            EmbeddedKafkaBroker broker, Topics topics, String applicationId, Path dir, String guarantee) {
        return new EnrichSettings(
                broker.bootstrapServers(),
                topics,
                applicationId,
                dir.resolve(applicationId),
                EnrichSettings.DEFAULT_RETENTION,
                EnrichSettings.DEFAULT_MAX_DISTANCE,
                EnrichSettings.DEFAULT_STORY_WINDOW,
                List.of(),
                List.of(),
                List.of(),
                PARTITIONS,
                (short) 1,
                guarantee);
    }

    static void provision(Admin admin, List<String> topics, int partitions) {
        new TopicProvisioner(admin)
                .ensure(topics.stream()
                        .map(topic -> new NewTopic(topic, partitions, (short) 1))
                        .toList());
    }

    private static Topology passThrough(Topics topics, String output) {
        Topology topology = new Topology();
        topology.addSource(
                "read", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), topics.articles());
        topology.addSink(
                "write",
                output,
                Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer(),
                "read");
        return topology;
    }

    /**
     * The reference for what any duplicate detection costs: enrichment's own validating, tagging (with the fingerprint)
     * and routing steps, writing to the enriched topic and one topic per theme as enrichment does, with no duplicate
     * detection at all.
     */
    private static Topology tagAndRoute(String input, Topics outputs, Taxonomy taxonomy) {
        EnrichMetrics metrics = new EnrichMetrics(new SimpleMeterRegistry());
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), taxonomy);
        Map<String, String> themeSinks = new TreeMap<>();
        taxonomy.themeIds().forEach(theme -> themeSinks.put(theme, "to-theme-" + theme));
        Topology topology = new Topology();
        topology.addSource(
                "read", Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(), input);
        topology.addProcessor(
                "validate", () -> new ArticleValidator("first-revision", "to-dead-letters", metrics), "read");
        topology.addSink(
                "to-dead-letters",
                outputs.deadLetters(),
                Serdes.ByteArray().serializer(),
                Serdes.ByteArray().serializer(),
                "validate");
        // Every article is the first revision of its id, as enrichment takes a new id.
        topology.addProcessor(
                "first-revision",
                () -> new Mapping<Object, Object, String, ArticleRevision>(record -> {
                    Article article = (Article) record.value();
                    return record.withKey(article.id()).withValue(new ArticleRevision(article, 0, ""));
                }),
                "validate");
        // Tagged and serialised once, as enrichment does.
        topology.addProcessor("tag", () -> new ArticleTagging(tagger, Clock.systemUTC()), "first-revision");
        topology.addProcessor("route", () -> new ArticleRouter("to-enriched", themeSinks, Map.of(), metrics), "tag");
        topology.addSink(
                "to-enriched",
                outputs.enriched(),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer(),
                "route");
        themeSinks.forEach((theme, sink) -> topology.addSink(
                sink,
                outputs.theme(theme),
                Serdes.String().serializer(),
                Serdes.ByteArray().serializer(),
                "route"));
        return topology;
    }

    /** A step that turns each record into one other record. */
    private static final class Mapping<KIn, VIn, KOut, VOut> implements Processor<KIn, VIn, KOut, VOut> {
        private final Function<Record<KIn, VIn>, Record<KOut, VOut>> map;
        private ProcessorContext<KOut, VOut> context;

        Mapping(Function<Record<KIn, VIn>, Record<KOut, VOut>> map) {
            this.map = map;
        }

        @Override
        public void init(ProcessorContext<KOut, VOut> context) {
            this.context = context;
        }

        @Override
        public void process(Record<KIn, VIn> record) {
            context.forward(map.apply(record));
        }
    }

    /** Runs {@code topology} until every expected output is committed; returns the whole-run and the steady rate. */
    private static Rates run(
            String name,
            Topology topology,
            EmbeddedKafkaBroker broker,
            Admin admin,
            Path dir,
            String guarantee,
            Map<String, Object> tuning,
            List<String> outputs,
            long expected)
            throws Exception {
        new TopicProvisioner(admin)
                .ensure(outputs.stream()
                        .map(t -> new NewTopic(t, PARTITIONS, (short) 1))
                        .toList());
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "bench-" + name);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("state-" + name).toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee);
        props.putAll(tuning);
        Map<String, Long> logEndsAtStart = logEnds(admin);
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        Map<Long, Long> threadCpuAtStart = threadCpuNanos();
        try (KafkaStreams streams = new KafkaStreams(topology, props);
                KafkaConsumer<byte[], byte[]> counter = committedReader(broker.bootstrapServers(), outputs)) {
            streams.start();
            long seen = 0;
            long tenth = expected / 10;
            long ninetieth = expected - tenth;
            long atTenth = 0;
            long atNinetieth = 0;
            Map<String, Long> perTopic = new TreeMap<>();
            while (seen < expected) {
                if (!streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                    throw new IllegalStateException(name + " stopped (Kafka Streams " + streams.state() + ") after "
                            + seen + " of " + expected + " outputs; see the log above");
                }
                ConsumerRecords<byte[], byte[]> records = counter.poll(Duration.ofMillis(100));
                records.forEach(record -> perTopic.merge(record.topic(), 1L, Long::sum));
                seen += records.count();
                atTenth = seen >= tenth && atTenth == 0 ? System.nanoTime() : atTenth;
                atNinetieth = seen >= ninetieth && atNinetieth == 0 ? System.nanoTime() : atNinetieth;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMicrosPerArticle = (processCpuNanos() - cpuAtStart) / 1e3 / expected;
            double rate = expected / seconds;
            double steady = (ninetieth - tenth) / Math.max((atNinetieth - atTenth) / 1e9, 1e-3);
            System.out.printf(
                    Locale.ROOT,
                    "%-12s %8.1f s %10.0f articles/s   steady (10-90 %%) %10.0f articles/s   CPU %6.0f µs/article%n",
                    name,
                    seconds,
                    rate,
                    steady,
                    cpuMicrosPerArticle);
            System.out.printf(
                    Locale.ROOT, "%-12s outputs %s; stream thread time: %s%n", "", perTopic, threadTime(streams));
            System.out.printf(
                    Locale.ROOT,
                    "%-12s CPU µs/article by thread: %s%n",
                    "",
                    cpuByThreadGroup(threadCpuAtStart, processCpuNanos() - cpuAtStart, expected));
            System.out.printf(
                    Locale.ROOT,
                    "%-12s log entries written per article, transaction markers included: %s%n",
                    "",
                    logEntriesPerArticle(
                            logEndsAtStart,
                            logEnds(admin),
                            props.getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                            expected));
            return new Rates(rate, steady);
        }
    }

    /** Every topic's log end offsets, summed over its partitions. */
    private static Map<String, Long> logEnds(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        admin.describeTopics(admin.listTopics().names().get())
                .allTopicNames()
                .get()
                .forEach((topic, description) -> description
                        .partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
        Map<String, Long> ends = new TreeMap<>();
        admin.listOffsets(latest)
                .all()
                .get()
                .forEach((partition, info) -> ends.merge(partition.topic(), info.offset(), Long::sum));
        return ends;
    }

    /**
     * What one run wrote, per article, topic by topic (the application id left out of internal topic names): records,
     * plus the markers that each transaction writes to every partition it touched.
     */
    private static String logEntriesPerArticle(
            Map<String, Long> before, Map<String, Long> after, String applicationId, long articles) {
        Map<String, Double> written = new TreeMap<>();
        after.forEach((topic, end) -> {
            long delta = end - before.getOrDefault(topic, 0L);
            if (delta > 0) {
                written.put(topic.replace(applicationId + "-", "<app>-"), delta / (double) articles);
            }
        });
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "total %.1f:",
                written.values().stream().mapToDouble(d -> d).sum()));
        written.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(entry -> out.append(String.format(Locale.ROOT, " %s %.2f", entry.getKey(), entry.getValue())));
        return out.toString();
    }

    /** CPU time of this whole process (broker, Streams, the counting consumer), all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Map<Long, Long> threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            cpu.put(id, threads.getThreadCpuTime(id));
        }
        return cpu;
    }

    /**
     * CPU per article since {@code before}, by kind of thread: Streams' own thread, the producers' network threads, the
     * broker, the rest of the Java threads, and what no Java thread accounts for (garbage collection, the JIT compiler).
     */
    private static String cpuByThreadGroup(Map<Long, Long> before, long processNanos, long articles) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new TreeMap<>();
        long javaThreads = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long used = threads.getThreadCpuTime(info.getThreadId()) - before.getOrDefault(info.getThreadId(), 0L);
            String name = info.getThreadName();
            String group = name.contains("StreamThread") && !name.contains("producer")
                    ? "stream thread"
                    : name.startsWith("kafka-producer-network-thread")
                            ? "producer network"
                            : name.startsWith("data-plane")
                                            || name.startsWith("kafka-")
                                            || name.contains("Txn")
                                            || name.contains("group-coordinator")
                                            || name.startsWith("executor-")
                                    ? "broker"
                                    : "other";
            groups.merge(group, used, Long::sum);
            javaThreads += used;
        }
        groups.put("gc+jit+vm", processNanos - javaThreads);
        StringBuilder out = new StringBuilder();
        groups.forEach(
                (group, nanos) -> out.append(String.format(Locale.ROOT, "%s %.0f  ", group, nanos / 1e3 / articles)));
        return out.toString().trim();
    }

    /** Where the stream thread spent its time over the last 30 s, from Kafka Streams' thread metrics. */
    private static String threadTime(KafkaStreams streams) {
        Map<String, Double> ratios = new TreeMap<>();
        streams.metrics().forEach((name, metric) -> {
            if (name.group().equals("stream-thread-metrics") && name.name().endsWith("-ratio")) {
                ratios.merge(
                        name.name().replace("-ratio", ""), ((Number) metric.metricValue()).doubleValue(), Double::sum);
            }
        });
        StringBuilder out = new StringBuilder();
        ratios.forEach((phase, ratio) -> out.append(String.format(Locale.ROOT, "%s %.0f %%  ", phase, 100 * ratio)));
        return out.toString().trim();
    }

    /** Counts records only once their transaction commits, as a downstream consumer would see them. */
    static KafkaConsumer<byte[], byte[]> committedReader(String bootstrap, List<String> topics) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        topics.forEach(topic -> {
            for (int p = 0; p < PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
        });
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    /** Writes each article, keyed by its id, as {@code encode} makes it. */
    private static void produce(
            String bootstrap, String topic, List<Article> articles, Function<Article, byte[]> encode) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Article article : articles) {
                producer.send(new ProducerRecord<>(
                        topic, article.id().getBytes(StandardCharsets.UTF_8), encode.apply(article)));
            }
            producer.flush();
        }
    }
}
