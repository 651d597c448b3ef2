package io.attache.enrich;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.DuplicateNotice;
import io.attache.model.DuplicateReason;
import io.attache.model.EnrichedArticle;
import io.attache.model.Json;
import io.attache.model.RecordSerdes;
import io.attache.model.SourceType;
import io.attache.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON Schemas in docs/schema name exactly the fields the serdes write. */
class RecordContractTest {
    private static final Path SCHEMAS = Path.of("..", "docs", "schema");

    @Test
    void enrichedArticleSchemaRequiresExactlyTheFieldsWritten() throws IOException {
        ArticleTagger.Tags tags = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()))
                .tag("Wang Yi in Phnom Penh", RELEASE_TEXT);
        EnrichedArticle enriched = new EnrichedArticle(
                TestArticles.article("a1", "T", RELEASE_TEXT),
                0,
                "",
                "0123456789abcdef",
                tags.dyads(),
                tags.themes(),
                Instant.parse("2024-03-12T10:00:00Z"),
                "a1");
        JsonNode written = Json.mapper().readTree(RecordSerdes.enriched().toBytes("t", enriched));
        JsonNode schema = Json.mapper()
                .readTree(SCHEMAS.resolve("enriched-article.schema.json").toFile());

        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(texts(schema.get("required")));
        assertThat(fieldNames(written.get("dyads").get(0)))
                .containsExactlyInAnyOrderElementsOf(texts(schema.at("/$defs/dyad/required")));
        assertThat(fieldNames(written.get("themes").get(0).get("evidence").get(0)))
                .containsExactlyInAnyOrderElementsOf(texts(schema.at("/$defs/evidence/required")));
    }

    @Test
    void duplicateNoticeSchemaRequiresExactlyTheFieldsWritten() throws IOException {
        DuplicateNotice notice = new DuplicateNotice(
                DuplicateNotice.SCHEMA,
                TestArticles.article("a2", "T", RELEASE_TEXT),
                DuplicateReason.NEAR_DUPLICATE,
                "a1",
                2,
                Instant.parse("2024-03-12T10:00:00Z"));
        JsonNode written = Json.mapper().readTree(RecordSerdes.duplicate().toBytes("t", notice));
        JsonNode schema = Json.mapper()
                .readTree(SCHEMAS.resolve("duplicate-notice.schema.json").toFile());
        JsonNode articleSchema = Json.mapper()
                .readTree(SCHEMAS.resolve("enriched-article.schema.json").toFile())
                .at("/$defs/article");

        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(texts(schema.get("required")));
        assertThat(fieldNames(written.get("article")))
                .containsExactlyInAnyOrderElementsOf(texts(articleSchema.get("required")));
        assertThat(texts(schema.at("/properties/reason/enum")))
                .containsExactly("same_url", "same_content", "near_duplicate");
        assertThat(written.get("reason").asText()).isEqualTo("near_duplicate");
    }

    @Test
    void storySchemaRequiresExactlyTheFieldsWritten() throws IOException {
        Story story = new Story(
                Story.SCHEMA,
                "a1",
                List.of("CHN", "KHM"),
                Map.of("political", 1),
                Instant.parse("2024-03-12T09:00:00Z"),
                Instant.parse("2024-03-12T09:00:00Z"),
                1,
                List.of("MFA"),
                List.of(SourceType.GOVERNMENT),
                List.of("en"),
                "Wang Yi in Phnom Penh",
                List.of("a1"),
                Instant.parse("2024-03-12T10:00:00Z"));
        JsonNode written = Json.mapper().readTree(RecordSerdes.story().toBytes("t", story));
        JsonNode schema =
                Json.mapper().readTree(SCHEMAS.resolve("story.schema.json").toFile());

        assertThat(fieldNames(written)).containsExactlyInAnyOrderElementsOf(texts(schema.get("required")));
        assertThat(texts(schema.at("/properties/sourceTypes/items/enum")))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SourceType.values())
                        .map(type -> Json.mapper().convertValue(type, String.class))
                        .toList());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
