package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandIndexTest {
    private KeyValueStore<String, BandEntry> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("bands"), Serdes.String(), new BandEntrySerde())
                .withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static Fingerprint fp(String id, long simhash, long at) {
        return new Fingerprint(id, 0, simhash, "h-" + id, at, at);
    }

    private List<String> storeKeys() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, BandEntry> all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    @Test
    void everyQueryIsWrittenToTheStoreOncePerBand() {
        BandIndex index = BandIndex.load(store);
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            index.query(fp("a", 0x0001_0002_0003_0004L, 10), band, 3, 0);
        }
        assertThat(storeKeys()).containsExactlyInAnyOrder("0:0004|a#0", "1:0003|a#0", "2:0002|a#0", "3:0001|a#0");
    }

    @Test
    void anIndexLoadedFromItsStoreAnswersAsTheOriginalDid() {
        BandIndex index = BandIndex.load(store);
        // They differ in band 0 only, so band 1 is the pair's arbiter.
        Fingerprint original = fp("original", 0x00FF_0000_0000_0000L, 10);
        index.query(original, 1, 3, 0);
        index.decide(original, true, 1, 3, 0);

        BandIndex reloaded = BandIndex.load(store);
        assertThat(reloaded.size()).isEqualTo(1);
        BandAnswer answer = reloaded.query(fp("copy", 0x00FF_0000_0000_0001L, 20), 1, 3, 0).answer();
        assertThat(answer.matchId()).isEqualTo("original");
    }

    @Test
    void aDroppedArticleLeavesTheStore() {
        BandIndex index = BandIndex.load(store);
        Fingerprint dropped = fp("dropped", 7L, 10);
        index.query(dropped, 2, 3, 0);
        index.decide(dropped, false, 2, 3, 0);
        assertThat(storeKeys()).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void purgeRemovesExpiredEntriesFromMemoryAndStore() {
        BandIndex index = BandIndex.load(store);
        index.query(fp("old", 1L, 10), 0, 3, 0);
        index.query(fp("new", 2L << 16, 50), 1, 3, 0);
        index.purge(20);
        assertThat(storeKeys()).containsExactly("1:0002|new#0");
        assertThat(BandIndex.load(store).size()).isEqualTo(1);
    }

    @Test
    void storeKeysNameBandKeyArticleAndRevision() {
        BandEntry entry = new BandEntry(new Fingerprint("https://example.org/a", 3, 0xABCDL, "h", 1, 1), true);
        assertThat(BandIndex.storeKey(0, entry)).isEqualTo("0:abcd|https://example.org/a#3");
    }
}
