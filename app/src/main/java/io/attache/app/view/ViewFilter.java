package io.attache.app.view;

import io.attache.model.Dyad;
import io.attache.model.EnrichedArticle;
import io.attache.model.SourceType;
import io.attache.model.Story;
import io.attache.model.ThemeTag;
import java.util.Locale;
import java.util.Map;

/**
 * Which articles the page shows; an empty criterion accepts every article.
 *
 * @param pair       a dyad key such as {@code CHN-KHM}: articles about that pair
 * @param theme      a theme id: articles tagged with it
 * @param country    an ISO 3166-1 alpha-3 code: articles with a pair that includes it
 * @param sourceType a source type id such as {@code government}: articles from feeds of that kind
 * @param language   a language tag or its primary subtag ({@code en} accepts {@code en-GB})
 */
public record ViewFilter(String pair, String theme, String country, String sourceType, String language) {
    /** Accepts everything. */
    public static final ViewFilter NONE = new ViewFilter("", "", "", "", "");

    public ViewFilter {
        pair = normal(pair).toUpperCase(Locale.ROOT);
        theme = normal(theme);
        country = normal(country).toUpperCase(Locale.ROOT);
        sourceType = normal(sourceType);
        language = normal(language).toLowerCase(Locale.ROOT);
    }

    /** The filter named by query parameters {@code pair}, {@code theme}, {@code country}, {@code sourceType}, {@code language}. */
    public static ViewFilter of(Map<String, String> query) {
        return new ViewFilter(
                query.get("pair"),
                query.get("theme"),
                query.get("country"),
                query.get("sourceType"),
                query.get("language"));
    }

    /** True when the article meets every criterion. */
    public boolean accepts(EnrichedArticle article) {
        boolean anyPair = pair.isEmpty() && country.isEmpty();
        return (anyPair || article.dyads().stream().anyMatch(this::acceptsPair))
                && (theme.isEmpty()
                        || article.themes().stream().map(ThemeTag::id).anyMatch(theme::equals))
                && (sourceType.isEmpty()
                        || article.article().feed().sourceType().id().equals(sourceType))
                && acceptsLanguage(article.article().language());
    }

    /** True when the story meets every criterion: its pair or country, a theme, a source type, a language of its reports. */
    public boolean accepts(Story story) {
        return (pair.isEmpty() || String.join("-", story.countries()).equals(pair))
                && (country.isEmpty() || story.countries().contains(country))
                && (theme.isEmpty() || story.themes().containsKey(theme))
                && (sourceType.isEmpty()
                        || story.sourceTypes().stream().map(SourceType::id).anyMatch(sourceType::equals))
                && (language.isEmpty() || story.languages().stream().anyMatch(this::acceptsLanguage));
    }

    /** True when the pair meets the pair and country criteria: the grid shows only such rows. */
    public boolean acceptsPair(Dyad dyad) {
        return (pair.isEmpty() || dyad.key().equals(pair))
                && (country.isEmpty() || dyad.countries().contains(country));
    }

    /** True when the theme meets the theme criterion: the grid shows only such columns. */
    public boolean acceptsTheme(String themeId) {
        return theme.isEmpty() || theme.equals(themeId);
    }

    private boolean acceptsLanguage(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        return language.isEmpty() || lower.equals(language) || lower.startsWith(language + "-");
    }

    private static String normal(String value) {
        return value == null ? "" : value.strip();
    }
}
