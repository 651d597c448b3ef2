package io.attache.app.run;

import io.attache.model.EnrichedArticle;
import io.attache.model.RecordSerdes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads what the sink wrote for one topic, the way an analyst would: every committed .jsonl file. */
public final class EnrichedFiles {
    private EnrichedFiles() {}

    public static List<EnrichedArticle> read(Path out, String topic) throws IOException {
        List<EnrichedArticle> records = new ArrayList<>();
        Path dir = out.resolve(topic);
        if (!Files.isDirectory(dir)) {
            return records;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList()) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    records.add(RecordSerdes.enriched().fromBytes(topic, line.getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return records;
    }

    /** Files whose names say they are not finished (temporary files of an interrupted write). */
    public static List<Path> unfinished(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".jsonl")
                            && !p.getFileName().toString().endsWith(".jsonl.gz")
                            && !p.getFileName().toString().startsWith(".attache-demo"))
                    .toList();
        }
    }
}
