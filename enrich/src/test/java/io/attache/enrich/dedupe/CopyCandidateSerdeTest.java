package io.attache.enrich.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.enrich.TestArticles;
import io.attache.enrich.story.StoryFeatures;
import io.attache.model.SourceType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class CopyCandidateSerdeTest {
    private final CopyCandidateSerde serde = new CopyCandidateSerde();

    @Test
    void aTaggedArticleReadsBackWithItsRecordBytesUnchanged() {
        StoryFeatures story = new StoryFeatures(
                List.of("CHN", "KHM"),
                1_710_000_000_000L,
                "Wang Yi meets Prak Sokhonn",
                "MFA",
                SourceType.GOVERNMENT,
                "en",
                Map.of("=wang yi", 3, "sokhonn", 2, "王毅", 1));
        TaggedArticle article = new TaggedArticle(
                "a1",
                2,
                -5L,
                "hash",
                List.of("energy", "political"),
                List.of("CHN-KHM"),
                story,
                "{\"x\":1}".getBytes());

        TaggedArticle read = (TaggedArticle) serde.fromBytes("t", serde.toBytes(article));

        assertThat(read).usingRecursiveComparison().isEqualTo(article);
    }

    @Test
    void aRepeatedArticleReadsBackAsTheArticle() {
        RepeatedArticle repeated = new RepeatedArticle(TestArticles.article("a1", "Title", TestArticles.RELEASE_TEXT));

        assertThat(serde.fromBytes("t", serde.toBytes(repeated))).isEqualTo(repeated);
    }

    @Test
    void truncatedBytesFailNamingTheTopic() {
        byte[] bytes = serde.toBytes(new TaggedArticle(
                "a1",
                0,
                1L,
                "hash",
                List.of(),
                List.of(),
                new StoryFeatures(List.of(), 0, "", "", SourceType.OTHER, "", Map.of()),
                new byte[10]));

        assertThatThrownBy(() -> serde.fromBytes("copy-check", java.util.Arrays.copyOf(bytes, 12)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("copy-check");
    }
}
