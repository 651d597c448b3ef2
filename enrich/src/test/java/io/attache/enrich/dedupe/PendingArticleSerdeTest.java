package io.attache.enrich.dedupe;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static io.attache.enrich.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Evidence;
import io.attache.model.ThemeTag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class PendingArticleSerdeTest {
    private static final PendingArticleSerde SERDE = new PendingArticleSerde();
    private static final EnrichedArticle ENRICHED = new EnrichedArticle(article("https://example.org/é", "Title", RELEASE_TEXT), 2,
            "https://example.org/é", "00000000000000ff", List.of(new Dyad(List.of("CHN", "KHM"), 0.9, List.of(new Evidence("China", "text", 0, 5)))),
            List.of(new ThemeTag("agriculture", 0.7, List.of(new Evidence("rice", "text", 1, 5)))), Instant.parse("2024-03-12T10:00:00Z"));

    @Test
    void aPendingArticleReadsBackWithItsEnrichedRecordIntact() {
        PendingArticle parked = PendingArticle.of(ENRICHED, 1234L);
        PendingArticle read = SERDE.fromBytes("store", SERDE.toBytes(parked));

        assertThat(read.fingerprint(7)).isEqualTo(parked.fingerprint(7));
        assertThat(read.readAt()).isEqualTo(1234L);
        assertThat(read.themes()).containsExactly("agriculture");
        assertThat(read.dyads()).containsExactly("CHN-KHM");
        assertThat(read.enriched()).isEqualTo(parked.enriched());
        assertThat(read.decode()).isEqualTo(ENRICHED);
    }

    @Test
    void theFingerprintIsTheEnrichedRecordsSimhash() {
        assertThat(PendingArticle.of(ENRICHED, 0).simhash()).isEqualTo(0xFFL);
    }

    @Test
    void aTruncatedRecordFailsNamingTheStore() {
        byte[] bytes = SERDE.toBytes(PendingArticle.of(ENRICHED, 0));
        assertThatThrownBy(() -> SERDE.fromBytes("pending-articles", Arrays.copyOf(bytes, bytes.length - 10)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("pending-articles");
    }

    @Test
    void aJsonEntryOfAnEarlierVersionIsRefusedSayingToDrainFirst() {
        assertThatThrownBy(() -> SERDE.fromBytes("pending-articles", "{\"article\":{}}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("drain");
    }
}
