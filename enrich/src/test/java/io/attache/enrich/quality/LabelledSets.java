package io.attache.enrich.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the labelled sets from the test classpath: the team's written set, and the real-text set, one file per
 * saved feed, each with a second annotator's labels in {@code second/} beside it. The real-text set is in two
 * folders: {@code quality/real/}, tuned on, whose halves ({@code dev}, {@code first-heldout}, and one for each
 * held-out set that has since joined the tuning) are fixed in its {@code split.yaml}; and {@code quality/heldout/},
 * feeds collected after tuning from publishers and files the team had not used, every item of which is
 * {@code heldout}. Between a held-out set joining the tuning and the next one being collected the held-out folder is
 * absent, and the held-out set is empty.
 */
final class LabelledSets {
    static final String WRITTEN = "/quality/labelled-articles.yaml";
    static final String REAL = "/quality/real";
    static final String HELD_OUT = "/quality/heldout";
    static final String SPLIT = REAL + "/split.yaml";
    /** The folder, beside the feed files, of a second annotator's independent labels. */
    static final String SECOND = "second";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LabelledSets() {}

    /** The 49 articles written by the team. */
    static List<LabelledArticle> written() {
        try (InputStream in = open(WRITTEN)) {
            List<LabelledArticle> articles = YAML.readValue(in, new TypeReference<List<LabelledArticle>>() {});
            return articles.stream()
                    .map(a -> new LabelledArticle(
                            a.id(),
                            a.title(),
                            a.text(),
                            a.dyads(),
                            a.themes(),
                            "en",
                            a.kind(),
                            "labelled-articles.yaml",
                            "written",
                            Optional.empty()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled set " + WRITTEN, e);
        }
    }

    /** Every item of the real-text set, each marked with its half. */
    static List<LabelledArticle> real() {
        Map<String, String> split = split();
        Optional<Path> heldOut = folder(HELD_OUT);
        List<LabelledArticle> articles = new ArrayList<>();
        for (Path file : realFiles()) {
            String name = file.getFileName().toString();
            String half = heldOut.equals(Optional.of(file.getParent())) ? "heldout" : split.get(name);
            if (half == null) {
                throw new IllegalStateException(name + " is in no half: add it to " + SPLIT + " (one of "
                        + new TreeSet<>(split.values()) + ")");
            }
            FeedFile feed = read(file);
            Map<String, LabelledArticle.Labels> second = secondLabels(file, feed);
            for (int i = 0; i < feed.items().size(); i++) {
                Item item = feed.items().get(i);
                String itemHalf = half.equals("alternate") ? (i % 2 == 0 ? "dev" : "first-heldout") : half;
                String language = item.language() == null ? feed.source().language() : item.language();
                articles.add(new LabelledArticle(
                        item.id(),
                        item.title(),
                        item.text(),
                        item.dyads(),
                        item.themes(),
                        language,
                        item.kind(),
                        name,
                        itemHalf,
                        Optional.ofNullable(second.get(item.id()))));
            }
        }
        return articles;
    }

    /** The feed files of the real-text set: the tuned-on folder's by name, then the held-out folder's. */
    static List<Path> realFiles() {
        Path tunedOn = folder(REAL)
                .orElseThrow(() ->
                        new IllegalStateException("real-text set " + REAL + " is missing from the test classpath"));
        List<Path> files = new ArrayList<>(feedFiles(tunedOn));
        folder(HELD_OUT).ifPresent(heldOut -> files.addAll(feedFiles(heldOut)));
        return List.copyOf(files);
    }

    /** The header of every feed file of the real-text set, by file name, in the order of {@link #realFiles()}. */
    static Map<String, Source> sources() {
        return realFiles().stream()
                .collect(Collectors.toMap(
                        file -> file.getFileName().toString(),
                        file -> read(file).source(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static List<Path> feedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("split.yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /**
     * The second annotator's labels of one feed file, by item id, from {@code second/} beside it; none when that
     * file was labelled once. A second file must label every item of the first, and nothing else.
     */
    private static Map<String, LabelledArticle.Labels> secondLabels(Path file, FeedFile feed) {
        Path secondFile = file.resolveSibling(SECOND).resolve(file.getFileName());
        if (!Files.exists(secondFile)) {
            return Map.of();
        }
        try {
            SecondFile labels = YAML.readValue(secondFile.toFile(), SecondFile.class);
            Map<String, LabelledArticle.Labels> byId = new HashMap<>();
            for (SecondItem item : labels.items()) {
                byId.put(item.id(), new LabelledArticle.Labels(item.kind(), item.dyads(), item.themes()));
            }
            Set<String> ids = feed.items().stream().map(Item::id).collect(Collectors.toSet());
            if (!byId.keySet().equals(ids)) {
                throw new IllegalStateException(secondFile + ": must label exactly the items of " + file.getFileName());
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + secondFile + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> split() {
        try (InputStream in = open(SPLIT)) {
            return YAML.readValue(in, new TypeReference<Map<String, String>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SPLIT, e);
        }
    }

    private static FeedFile read(Path file) {
        try {
            FeedFile feed = YAML.readValue(file.toFile(), FeedFile.class);
            if (feed.source() == null || feed.items() == null) {
                throw new IllegalStateException(file + ": needs a 'source' header and an 'items' list");
            }
            return feed;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A folder of the test classpath, if it is there. */
    private static Optional<Path> folder(String folder) {
        URL url = LabelledSets.class.getResource(folder);
        if (url == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = LabelledSets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the test classpath");
        }
        return in;
    }

    /** One saved feed: where it came from, and its labelled items. */
    record FeedFile(Source source, List<Item> items) {}

    /** Provenance of a saved feed. */
    record Source(
            String publisher,
            String sourceType,
            String country,
            String feedTitle,
            String repo,
            String path,
            String commit,
            String licence,
            String language,
            String saved) {}

    /** A second annotator's labels of one feed file. */
    record SecondFile(String annotator, List<SecondItem> items) {}

    /** A second annotator's labels of one item. */
    record SecondItem(String id, String kind, List<String> dyads, List<String> themes) {}

    /** One labelled item as the file writes it. */
    record Item(
            String id,
            String title,
            String text,
            String url,
            String kind,
            List<String> dyads,
            List<String> themes,
            String language,
            String note) {}
}
