package io.attache.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.enrich.EnrichSerdes;
import io.attache.enrich.dedupe.LedgerEntry;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

class RetentionPurgerTest {
    @Test
    void deletesTheEntriesSeenBeforeTheCutoffAndKeepsTheRest() {
        KeyValueStore<String, LedgerEntry> store = Stores.keyValueStoreBuilder(
                        Stores.inMemoryKeyValueStore("ledger"), Serdes.String(), EnrichSerdes.ledgerEntry())
                .withLoggingDisabled()
                .build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        store.put("old", new LedgerEntry("h", 0, 10));
        store.put("new", new LedgerEntry("h", 0, 30));

        RetentionPurger.deleteExpired(store, 20, LedgerEntry::seenAt);

        assertThat(store.get("old")).isNull();
        assertThat(store.get("new")).isNotNull();
    }

    @Test
    void purgesHourlyOrOncePerRetentionIfShorter() {
        assertThat(RetentionPurger.interval(Duration.ofDays(30))).isEqualTo(Duration.ofHours(1));
        assertThat(RetentionPurger.interval(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }
}
