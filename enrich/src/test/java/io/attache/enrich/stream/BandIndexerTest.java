package io.attache.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.dedupe.BandAnswer;
import io.attache.enrich.dedupe.BandMessage;
import io.attache.enrich.dedupe.Fingerprint;
import io.attache.enrich.dedupe.FingerprintBands;
import io.attache.enrich.dedupe.StoredFingerprint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The band index on a topic of several partitions: each partition handles the bands it owns. */
class BandIndexerTest {
    private static final int PARTITIONS = 4;
    private static final Fingerprint ARTICLE = new Fingerprint("a", 0, 0x1234_5678_9ABC_DEF0L, "h", 10, 10);

    private static List<Integer> owners() {
        return IntStream.range(0, FingerprintBands.BANDS).map(band -> FingerprintBands.partition(ARTICLE.simhash(), band, PARTITIONS))
                .boxed().toList();
    }

    private static MockProcessorContext<String, BandAnswer> indexerOn(int partition, BandIndexer indexer) {
        MockProcessorContext<String, BandAnswer> context = new MockProcessorContext<>();
        KeyValueStore<String, StoredFingerprint> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("bands"),
                Serdes.String(), EnrichSerdes.storedFingerprint()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        context.setRecordMetadata("app-fingerprint-bands", partition, 0);
        indexer.init(context);
        return context;
    }

    @Test
    void aQueryIsAnsweredOnceForTheBandsItsPartitionOwns() {
        int partition = owners().get(0);
        BandIndexer indexer = new BandIndexer("bands", PARTITIONS, 3, Duration.ofDays(30));
        MockProcessorContext<String, BandAnswer> context = indexerOn(partition, indexer);
        indexer.process(new Record<>("a", new BandMessage(BandMessage.Kind.QUERY, ARTICLE), 10));

        assertThat(context.forwarded()).hasSize(1);
        BandAnswer answer = context.forwarded().get(0).record().value();
        assertThat(answer.articleId()).isEqualTo("a");
        int owned = 0;
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            owned |= owners().get(band) == partition ? 1 << band : 0;
        }
        assertThat(answer.bands()).isEqualTo(owned);
    }

    @Test
    void aPartitionOwningNoneOfTheBandsAnswersNothing() {
        int stranger = IntStream.range(0, PARTITIONS).filter(p -> !owners().contains(p)).findFirst().orElseThrow();
        BandIndexer indexer = new BandIndexer("bands", PARTITIONS, 3, Duration.ofDays(30));
        MockProcessorContext<String, BandAnswer> context = indexerOn(stranger, indexer);
        indexer.process(new Record<>("a", new BandMessage(BandMessage.Kind.QUERY, ARTICLE), 10));
        assertThat(context.forwarded()).isEmpty();
    }

    @Test
    void thePartitionerSendsAMessageToEachOwningPartitionOnce() {
        Optional<Set<Integer>> partitions = new BandPartitioner().partitions("t", "a", new BandMessage(BandMessage.Kind.QUERY, ARTICLE),
                PARTITIONS);
        assertThat(partitions).contains(Set.copyOf(owners()));
    }

    @Test
    void everyBandBelongsToAPartitionInRange() {
        for (long simhash = 1; simhash < 1L << 40; simhash *= 7) {
            for (int band = 0; band < FingerprintBands.BANDS; band++) {
                assertThat(FingerprintBands.partition(simhash, band, 3)).isBetween(0, 2);
                assertThat(FingerprintBands.partition(simhash, band, 1)).isZero();
            }
        }
    }
}
