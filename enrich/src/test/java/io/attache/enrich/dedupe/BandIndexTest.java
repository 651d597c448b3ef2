package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandIndexTest {
    private KeyValueStore<String, StoredFingerprint> store;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("bands"), Serdes.String(), new StoredFingerprintSerde())
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

    /** The store's entries: key to the bands they name. */
    private Map<String, Integer> stored() {
        Map<String, Integer> entries = new TreeMap<>();
        try (KeyValueIterator<String, StoredFingerprint> all = store.all()) {
            all.forEachRemaining(entry -> entries.put(entry.key, entry.value.bands()));
        }
        return entries;
    }

    @Test
    void aQueryOnFourBandsIsOneStoreEntryNamingTheFour() {
        BandIndex index = BandIndex.load(store);
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            index.query(fp("a", 0x0001_0002_0003_0004L, 10), band, 3, 0);
        }
        index.flush();
        assertThat(stored()).containsExactly(Map.entry("a#0", 0b1111));
    }

    @Test
    void nothingReachesTheStoreBeforeTheFlush() {
        BandIndex index = BandIndex.load(store);
        index.query(fp("a", 7L, 10), 0, 3, 0);
        assertThat(stored()).isEmpty();
    }

    @Test
    void anIndexLoadedFromItsStoreAnswersAsTheOriginalDid() {
        BandIndex index = BandIndex.load(store);
        // They differ in band 0 only, so band 1 is the pair's arbiter.
        Fingerprint original = fp("original", 0x00FF_0000_0000_0000L, 10);
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            index.query(original, band, 3, 0);
            index.decide(original, true, band, 3, 0);
        }
        index.flush();

        BandIndex reloaded = BandIndex.load(store);
        assertThat(reloaded.size()).isEqualTo(4);
        BandAnswer answer = reloaded.query(fp("copy", 0x00FF_0000_0000_0001L, 20), 1, 3, 0).answer();
        assertThat(answer.matchId()).isEqualTo("original");
    }

    @Test
    void aDroppedArticleLeavesTheStore() {
        BandIndex index = BandIndex.load(store);
        Fingerprint dropped = fp("dropped", 7L, 10);
        index.query(dropped, 2, 3, 0);
        index.flush();
        index.decide(dropped, false, 2, 3, 0);
        index.flush();
        assertThat(stored()).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void anArticleRemovedFromSomeBandsKeepsTheOthersInTheStore() {
        BandIndex index = BandIndex.load(store);
        Fingerprint first = new Fingerprint("a", 0, 0x0001_0002_0003_0004L, "h", 10, 10);
        Fingerprint revision = new Fingerprint("a", 1, 0x0009_0009_0003_0004L, "h2", 20, 20);
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            index.query(first, band, 3, 0);
            index.decide(first, true, band, 3, 0);
        }
        // The enriched revision replaces the first in the two buckets they share (bands 0 and 1), not elsewhere.
        for (int band = 0; band < FingerprintBands.BANDS; band++) {
            index.query(revision, band, 3, 0);
            index.decide(revision, true, band, 3, 0);
        }
        index.flush();
        assertThat(stored()).containsExactly(Map.entry("a#0", 0b1100), Map.entry("a#1", 0b1111));
        assertThat(BandIndex.load(store).size()).isEqualTo(6);
    }

    @Test
    void purgeRemovesExpiredEntriesFromMemoryAndStore() {
        BandIndex index = BandIndex.load(store);
        index.query(fp("old", 1L, 10), 0, 3, 0);
        index.query(fp("new", 2L << 16, 50), 1, 3, 0);
        index.flush();
        index.purge(20);
        assertThat(stored()).containsExactly(Map.entry("new#0", 0b0010));
        assertThat(BandIndex.load(store).size()).isEqualTo(1);
    }
}
