package io.attache.enrich.tagging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the tagger's YAML data files: the bundled ones from the classpath, the user's from disk. */
final class DataFiles {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DataFiles() {}

    static <T> T bundled(String resource, Class<T> type) {
        try (InputStream in = DataFiles.class.getResourceAsStream("/io/attache/enrich/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled data file " + resource + " is missing from the jar");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled data file " + resource + ": " + e.getMessage(), e);
        }
    }

    static <T> T user(Path file, Class<T> type) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("data file " + file + " does not exist or cannot be read");
        }
        try (InputStream in = Files.newInputStream(file)) {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new IllegalArgumentException("data file " + file + " is empty");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("data file " + file + " is not valid: " + e.getMessage(), e);
        }
    }
}
