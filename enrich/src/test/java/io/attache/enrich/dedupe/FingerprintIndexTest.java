package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.EnrichSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FingerprintIndexTest {
    private static final long FINGERPRINT = 0x0123_4567_89ab_cdefL;
    private static final long NO_CUTOFF = 0;

    private KeyValueStore<String, IndexEntry> store;
    private FingerprintIndex index;

    @BeforeEach
    void emptyIndex() {
        store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore("index"), Serdes.String(), EnrichSerdes.indexEntry())
                .withLoggingDisabled()
                .build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        index = FingerprintIndex.load(store);
    }

    private static IndexEntry published(long simhash, long seenAt) {
        return new IndexEntry(0, simhash, "hash-" + Long.toHexString(simhash), seenAt, "");
    }

    @Test
    void findsAPublishedFingerprintWithinTheDistanceThatDiffersInEveryBand() {
        index.put("a1", published(FINGERPRINT, 10));
        long copy = FINGERPRINT ^ 1L ^ 1L << 20 ^ 1L << 40;

        assertThat(index.closest("a2", copy, "other", 3, NO_CUTOFF))
                .contains(new FingerprintIndex.Match("a1", 3, false));
        assertThat(index.closest("a2", copy, "other", 2, NO_CUTOFF)).isEmpty();
    }

    @Test
    void prefersTheClosestThenTheSmallerId() {
        index.put("b", published(FINGERPRINT ^ 1L, 10));
        index.put("c", published(FINGERPRINT ^ 3L, 10));
        index.put("a", published(FINGERPRINT ^ 2L, 10));

        assertThat(index.closest("x", FINGERPRINT, "", 3, NO_CUTOFF))
                .map(FingerprintIndex.Match::articleId)
                .contains("a");
    }

    @Test
    void tellsTheSameTextByItsContentHash() {
        index.put("a1", published(FINGERPRINT, 10));

        assertThat(index.closest("a2", FINGERPRINT, "hash-" + Long.toHexString(FINGERPRINT), 3, NO_CUTOFF))
                .contains(new FingerprintIndex.Match("a1", 0, true));
    }

    @Test
    void anArticleIsNotACopyOfItsOwnEarlierRevision() {
        index.put("a1", published(FINGERPRINT, 10));

        assertThat(index.closest("a1", FINGERPRINT, "", 3, NO_CUTOFF)).isEmpty();
    }

    @Test
    void aDroppedRevisionReplacesTheIdsPublishedFingerprint() {
        index.put("a1", published(FINGERPRINT, 10));
        index.put("a1", new IndexEntry(1, ~FINGERPRINT, "h", 20, "b9"));

        assertThat(index.closest("x", FINGERPRINT, "", 3, NO_CUTOFF)).isEmpty();
        assertThat(index.get("a1", NO_CUTOFF)).map(IndexEntry::duplicateOf).contains("b9");
    }

    @Test
    void ignoresEntriesSeenBeforeTheCutoff() {
        index.put("old", published(FINGERPRINT, 10));

        assertThat(index.closest("x", FINGERPRINT, "", 3, 20)).isEmpty();
        assertThat(index.get("old", 20)).isEmpty();
    }

    @Test
    void aLoadedIndexFindsWhatItsStoreHolds() {
        index.put("a1", published(FINGERPRINT, 10));
        index.put("gone", new IndexEntry(0, ~FINGERPRINT, "h", 10, "a1"));

        FingerprintIndex reloaded = FingerprintIndex.load(store);

        assertThat(reloaded.closest("x", FINGERPRINT, "", 3, NO_CUTOFF))
                .map(FingerprintIndex.Match::articleId)
                .contains("a1");
        assertThat(reloaded.closest("x", ~FINGERPRINT, "", 3, NO_CUTOFF))
                .as("a dropped article is not looked up")
                .isEmpty();
    }
}
