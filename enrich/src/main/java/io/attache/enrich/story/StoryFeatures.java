package io.attache.enrich.story;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.Evidence;
import io.attache.model.FeedRef;
import io.attache.model.SourceType;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What story assignment needs of one article, found where it is tagged (in parallel) and carried to the serial
 * step beside the enriched record, so that step decodes no JSON.
 *
 * @param countries who the article is about: its best dyad's two codes, else the country it mentions most, else none
 * @param published its publication time (ms)
 * @param title     its title, the headline of a story it starts
 * @param publisher who published it: the feed's publisher, else the feed's title, else the feed's id
 * @param sourceType the feed's kind of source
 * @param language  its language, empty when unknown
 * @param terms     its {@link StoryTerms}, with their weights
 */
public record StoryFeatures(
        List<String> countries,
        long published,
        String title,
        String publisher,
        SourceType sourceType,
        String language,
        Map<String, Integer> terms) {
    public StoryFeatures {
        countries = List.copyOf(countries);
        terms = Collections.unmodifiableMap(new HashMap<>(terms));
    }

    /** The features of {@code article}, which mentions {@code countries} more than incidentally, most first. */
    public static StoryFeatures of(EnrichedArticle article, List<String> countries) {
        List<String> about = !article.dyads().isEmpty()
                ? article.dyads().get(0).countries()
                : countries.isEmpty() ? List.of() : List.of(countries.get(0));
        List<String> names = article.dyads().stream()
                .map(Dyad::evidence)
                .flatMap(List::stream)
                .map(Evidence::phrase)
                .toList();
        return new StoryFeatures(
                about,
                article.article().published().toEpochMilli(),
                article.article().title(),
                publisher(article.article().feed()),
                article.article().feed().sourceType(),
                article.article().language(),
                StoryTerms.of(article.article().title(), article.article().text(), names));
    }

    /** The key stories are looked up by: the countries joined by {@code -}, empty for none. */
    public String key() {
        return String.join("-", countries);
    }

    private static String publisher(FeedRef feed) {
        return !feed.publisher().isEmpty() ? feed.publisher() : !feed.title().isEmpty() ? feed.title() : feed.id();
    }
}
