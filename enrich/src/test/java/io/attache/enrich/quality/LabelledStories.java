package io.attache.enrich.quality;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.attache.enrich.TestArticles;
import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.SourceType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the labelled story set ({@code quality/stories/stories.yaml}): reports grouped by the event they tell, each
 * group in one half (dev or heldout), written reports and real feed items of the real-text set by id.
 */
final class LabelledStories {
    static final String FILE = "/quality/stories/stories.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private LabelledStories() {}

    /** One report of the set, as an article its feed would have published, with the event it is labelled with. */
    record Report(String event, String group, String split, boolean written, Article article) {
        String language() {
            return article.language();
        }
    }

    /** Every report of the set, in the file's order. */
    static List<Report> all() {
        Map<String, LabelledArticle> real =
                LabelledSets.real().stream().collect(Collectors.toMap(LabelledArticle::id, Function.identity()));
        Map<String, LabelledSets.Source> sources = LabelledSets.sources();
        List<Report> reports = new ArrayList<>();
        for (GroupEntry group : read().groups()) {
            for (EventEntry event : group.events()) {
                for (ReportEntry entry : event.reports()) {
                    Article article =
                            entry.real() == null ? article(entry) : article(entry, real.get(entry.real()), sources);
                    reports.add(new Report(event.event(), group.group(), group.split(), entry.real() == null, article));
                }
            }
        }
        return reports;
    }

    /** The reports of one half, {@code dev} or {@code heldout}. */
    static List<Report> half(String split) {
        return all().stream().filter(r -> r.split().equals(split)).toList();
    }

    private static Article article(ReportEntry entry) {
        return article(
                entry.id(),
                entry.title(),
                entry.text(),
                entry.language(),
                Instant.parse(entry.published()),
                entry.publisher(),
                entry.sourceType());
    }

    private static Article article(ReportEntry entry, LabelledArticle item, Map<String, LabelledSets.Source> sources) {
        if (item == null) {
            throw new IllegalStateException(FILE + ": real item " + entry.real() + " is not in the real-text set");
        }
        LabelledSets.Source source = sources.get(item.source());
        return article(
                item.id(),
                item.title(),
                item.text(),
                item.language(),
                Instant.parse(entry.published()),
                source.publisher(),
                source.sourceType());
    }

    private static Article article(
            String id,
            String title,
            String text,
            String language,
            Instant published,
            String publisher,
            String sourceType) {
        String feedId = publisher.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        FeedRef feed = new FeedRef(
                feedId,
                "https://stories.example/" + feedId + "/rss",
                "",
                publisher,
                "",
                SourceType.valueOf(sourceType.toUpperCase(Locale.ROOT)));
        return TestArticles.article(id, title, text, published, feed, language);
    }

    private static StoriesFile read() {
        try (InputStream in = LabelledStories.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test classpath");
            }
            return YAML.readValue(in, StoriesFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    record StoriesFile(List<GroupEntry> groups) {}

    record GroupEntry(String group, String split, List<EventEntry> events) {}

    record EventEntry(String event, String note, List<ReportEntry> reports) {}

    /** A written report (every field) or a real item ({@code real} and {@code published} only). */
    record ReportEntry(
            String id,
            String real,
            boolean written,
            String publisher,
            String sourceType,
            String language,
            String published,
            String title,
            String text) {}
}
