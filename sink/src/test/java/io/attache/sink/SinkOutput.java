package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.attache.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads a sink's output folder back as the records it holds, for comparing with the topic. */
final class SinkOutput {
    private SinkOutput() {}

    /** One line of output: where it came from and its value without the metadata. */
    record Line(String topic, int partition, long offset, String value) {}

    /** Every line of every committed file, checking that each file's name matches its lines' offsets. */
    static List<Line> read(Path root) {
        List<Line> lines = new ArrayList<>();
        for (Path file : files(root)) {
            SinkFileName name = SinkFileName.parse(file.getFileName().toString())
                    .orElseThrow(() -> new AssertionError("not a committed file: " + file));
            List<Line> inFile = linesOf(file);
            assertThat(inFile).as("lines of %s", file).isNotEmpty();
            assertThat(inFile.get(0).offset()).as("first offset of %s", file).isEqualTo(name.firstOffset());
            assertThat(inFile.get(inFile.size() - 1).offset())
                    .as("last offset of %s", file)
                    .isEqualTo(name.lastOffset());
            lines.addAll(inFile);
        }
        return lines;
    }

    /** The topic's records in the same shape. */
    static List<Line> expected(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream()
                .filter(r -> r.value() != null)
                .map(r -> new Line(r.topic(), r.partition(), r.offset(), compact(r.value())))
                .toList();
    }

    /** Every regular file under the root, temporary ones included. */
    static List<Path> files(Path root) {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> linesOf(Path file) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            List<Line> lines = new ArrayList<>();
            for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode json = Json.mapper().readTree(text);
                JsonNode kafka = ((ObjectNode) json).remove("_kafka");
                lines.add(new Line(
                        kafka.path("topic").asText(),
                        kafka.path("partition").asInt(),
                        kafka.path("offset").asLong(),
                        json.toString()));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String compact(byte[] value) {
        try {
            return Json.mapper().readTree(value).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
