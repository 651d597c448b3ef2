package io.attache.enrich.quality;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.attache.enrich.tagging.ArticleTagger;
import io.attache.enrich.tagging.Gazetteer;
import io.attache.enrich.tagging.Taxonomy;
import io.attache.model.Dyad;
import io.attache.model.ThemeTag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs the bundled tagger over the labelled set and scores it: per-theme precision and recall, dyad accuracy. */
final class TaggingQuality {
    static final String LABELLED_SET = "/quality/labelled-articles.yaml";

    final List<LabelledArticle> articles;
    final TreeMap<String, Counts> themes = new TreeMap<>();
    final List<String> misses = new ArrayList<>();
    int dyadsExact;
    int dyadsTop;

    /** True, false positives and false negatives of one theme. */
    static final class Counts {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    private TaggingQuality(List<LabelledArticle> articles) {
        this.articles = articles;
    }

    static TaggingQuality measure() {
        List<LabelledArticle> articles = load();
        TaggingQuality quality = new TaggingQuality(articles);
        ArticleTagger tagger = ArticleTagger.of(Gazetteer.load(List.of()), Taxonomy.load(List.of()));
        for (LabelledArticle article : articles) {
            quality.score(article, tagger.tag(article.title(), article.text()));
        }
        return quality;
    }

    private void score(LabelledArticle article, ArticleTagger.Tags tags) {
        List<String> dyads = tags.dyads().stream().map(Dyad::key).toList();
        String expectedTop = article.dyads().isEmpty() ? "" : article.dyads().get(0);
        String top = dyads.isEmpty() ? "" : dyads.get(0);
        if (Set.copyOf(dyads).equals(Set.copyOf(article.dyads()))) {
            dyadsExact++;
        }
        if (top.equals(expectedTop)) {
            dyadsTop++;
        } else {
            misses.add(article.id() + ": dyads " + dyads + ", expected " + article.dyads());
        }
        Set<String> found = tags.themes().stream().map(ThemeTag::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = new TreeSet<>(found);
        all.addAll(article.themes());
        for (String theme : all) {
            Counts counts = themes.computeIfAbsent(theme, t -> new Counts());
            boolean expected = article.themes().contains(theme);
            boolean given = found.contains(theme);
            if (expected && given) {
                counts.truePositives++;
            } else if (given) {
                counts.falsePositives++;
                misses.add(article.id() + ": extra theme " + theme);
            } else {
                counts.falseNegatives++;
                misses.add(article.id() + ": missed theme " + theme);
            }
        }
    }

    double dyadTopAccuracy() {
        return (double) dyadsTop / articles.size();
    }

    double dyadExactAccuracy() {
        return (double) dyadsExact / articles.size();
    }

    /** Micro-averaged over every theme tag. */
    double themePrecision() {
        int tp = themes.values().stream().mapToInt(c -> c.truePositives).sum();
        int fp = themes.values().stream().mapToInt(c -> c.falsePositives).sum();
        return (double) tp / (tp + fp);
    }

    double themeRecall() {
        int tp = themes.values().stream().mapToInt(c -> c.truePositives).sum();
        int fn = themes.values().stream().mapToInt(c -> c.falseNegatives).sum();
        return (double) tp / (tp + fn);
    }

    long countryPairs() {
        return articles.stream().flatMap(a -> a.dyads().stream()).distinct().count();
    }

    private static List<LabelledArticle> load() {
        try (InputStream in = TaggingQuality.class.getResourceAsStream(LABELLED_SET)) {
            if (in == null) {
                throw new IllegalStateException("labelled set " + LABELLED_SET + " is missing from the test classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<LabelledArticle>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled set " + LABELLED_SET, e);
        }
    }
}
