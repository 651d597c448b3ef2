package io.attache.sink;

import static io.attache.sink.TestRecords.article;
import static io.attache.sink.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.attache.model.Json;
import io.attache.model.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineEncoderTest {
    private static final SinkSettings DEFAULTS = SinkSettings.defaults("127.0.0.1:9092", Topics.defaults());

    @Test
    void jsonValueIsWrittenAsItCameOnOneLine() {
        EncodedLine line = new LineEncoder(DEFAULTS).encode(record("t", 0, 7, "k", "{\"a\": 1}"));
        assertThat(text(line)).isEqualTo("{\"a\": 1}");
        assertThat(line.folder()).isEqualTo("partition=0");
        assertThat(line.rejected()).isFalse();
    }

    @Test
    void tenMegabyteJsonValueIsWrittenWholeOnOneLine() {
        String value = "{\"text\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";

        EncodedLine line = new LineEncoder(DEFAULTS).encode(record("t", 0, 7, "k", value));

        assertThat(line.rejected()).isFalse();
        assertThat(text(line)).isEqualTo(value);
    }

    @Test
    void prettyPrintedJsonBecomesOneLine() {
        EncodedLine line =
                new LineEncoder(DEFAULTS).encode(record("t", 0, 7, "k", "{\n  \"a\": \"x\",\r\n  \"b\": [1,\n2]\n}\n"));
        assertThat(text(line)).doesNotContain("\r").doesNotContain("\n").endsWith("}");
        assertThat(parse(line).path("b").size()).isEqualTo(2);
    }

    @Test
    void metadataIsAddedToObjects() {
        EncodedLine line = new LineEncoder(DEFAULTS.withKafkaMetadata(true))
                .encode(record("news.enriched", 2, 41, "id-1", "{\"a\":1}"));
        JsonNode json = parse(line);
        assertThat(json.path("a").asInt()).isEqualTo(1);
        JsonNode kafka = json.path("_kafka");
        assertThat(kafka.path("topic").asText()).isEqualTo("news.enriched");
        assertThat(kafka.path("partition").asInt()).isEqualTo(2);
        assertThat(kafka.path("offset").asLong()).isEqualTo(41);
        assertThat(kafka.path("timestamp").asLong()).isEqualTo(TestRecords.TIMESTAMP.toEpochMilli());
        assertThat(kafka.path("key").asText()).isEqualTo("id-1");
    }

    @Test
    void metadataIsAddedToEmptyObjectsAndNullKeys() {
        JsonNode json =
                parse(new LineEncoder(DEFAULTS.withKafkaMetadata(true)).encode(record("t", 0, 1, null, "{ } ")));
        assertThat(json.path("_kafka").path("key").isNull()).isTrue();
        assertThat(json.size()).isEqualTo(1);
    }

    @Test
    void nonObjectValuesAreWrappedWhenMetadataIsOn() {
        JsonNode json =
                parse(new LineEncoder(DEFAULTS.withKafkaMetadata(true)).encode(record("t", 0, 1, "k", "[1,2]")));
        assertThat(json.path("value").size()).isEqualTo(2);
        assertThat(json.path("_kafka").path("offset").asLong()).isEqualTo(1);
    }

    @Test
    void nonJsonIsRejectedWithOffsetAndBase64Bytes() {
        EncodedLine line = new LineEncoder(DEFAULTS).encode(record("t", 3, 99, "k", "<html>oops"));
        assertThat(line.rejected()).isTrue();
        assertThat(line.folder()).isEqualTo("_rejected");
        JsonNode json = parse(line);
        assertThat(json.path("offset").asLong()).isEqualTo(99);
        assertThat(json.path("partition").asInt()).isEqualTo(3);
        assertThat(new String(
                        Base64.getDecoder().decode(json.path("valueBase64").asText()), StandardCharsets.UTF_8))
                .isEqualTo("<html>oops");
    }

    @Test
    void trailingContentAfterJsonIsRejected() {
        assertThat(new LineEncoder(DEFAULTS)
                        .encode(record("t", 0, 0, "k", "{\"a\":1} {\"b\":2}"))
                        .rejected())
                .isTrue();
    }

    @Test
    void emptyValueIsRejected() {
        assertThat(new LineEncoder(DEFAULTS)
                        .encode(record("t", 0, 0, "k", "  "))
                        .rejected())
                .isTrue();
        SinkSettings parsing = DEFAULTS.withPartitioners(List.of(Partitioner.Field.theme()));
        assertThat(new LineEncoder(parsing).encode(record("t", 0, 0, "k", "")).rejected())
                .isTrue();
    }

    @Test
    void stackedPartitionersMakeNestedFolders() {
        SinkSettings settings = DEFAULTS.withPartitioners(List.of(Partitioner.Field.theme(), Partitioner.Time.daily()));
        EncodedLine line =
                new LineEncoder(settings).encode(record("t", 0, 0, "k", article("a", "2024-01-10T08:00:00Z", "trade")));
        assertThat(line.folder()).isEqualTo("theme=trade/dt=2024-01-10");
    }

    private static String text(EncodedLine line) {
        return new String(line.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(EncodedLine line) {
        try {
            return Json.mapper().readTree(line.body());
        } catch (IOException e) {
            throw new AssertionError(text(line), e);
        }
    }
}
