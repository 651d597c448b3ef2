package io.attache.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.TextSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a parsed feed into {@link Article}s: ids, canonical URLs, plain text, UTC dates, and one article
 * per id even when the feed repeats an entry.
 */
final class ArticleNormaliser {
    static final int MAX_TITLE = 1_000;
    static final int MAX_SUMMARY = 5_000;
    static final int MAX_TEXT = 100_000;
    /** Dates before this are taken as a feed's placeholder (1970, year 1), not a publication date. */
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    /** Clocks drift and time zones get mislabelled, but not by more than this. */
    private static final Duration FUTURE_SLACK = Duration.ofDays(2);

    /**
     * The articles of one response, deduplicated by id, in feed order.
     *
     * @param base      the URL the body came from, against which relative links resolve
     * @param effective the feed's effective URL, recorded in each article's feed reference
     */
    List<Article> normalise(FeedConfig config, ParsedFeed parsed, URI base, URI effective, Instant fetchedAt) {
        SyndFeed feed = parsed.feed();
        FeedRef ref = feedRef(config, feed, effective);
        String feedLanguage = firstNonBlank(feed.getLanguage(), "");
        Map<String, Article> byId = new LinkedHashMap<>();
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            Article article = article(config, ref, feedLanguage, entries.get(i), parsed.rawDate(i), base, fetchedAt);
            byId.putIfAbsent(article.id(), article);
        }
        return List.copyOf(byId.values());
    }

    /** The feed reference every article of {@code feed} carries. */
    static FeedRef feedRef(FeedConfig config, SyndFeed feed, URI effective) {
        return new FeedRef(
                config.id(),
                effective.toString(),
                HtmlText.toText(feed.getTitle(), MAX_TITLE),
                config.publisher(),
                config.country(),
                config.sourceType());
    }

    private Article article(
            FeedConfig config,
            FeedRef ref,
            String feedLanguage,
            SyndEntry entry,
            String rawDate,
            URI base,
            Instant fetchedAt) {
        String guid = entry.getUri() == null ? "" : entry.getUri().trim();
        String url = UrlCanonicaliser.canonical(link(entry), base).orElse("");
        String title = HtmlText.toText(
                firstNonBlank(
                        entry.getTitle(),
                        dublinCore(entry).map(DCModule::getTitle).orElse("")),
                MAX_TITLE);
        String summaryHtml =
                entry.getDescription() == null ? "" : entry.getDescription().getValue();
        String contentHtml = entry.getContents().stream()
                .map(SyndContent::getValue)
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining("\n<p></p>\n"));
        String text;
        String summary;
        if (contentHtml.isBlank()) {
            // Most press-release feeds have only a description: parse it once for both fields.
            text = HtmlText.toText(summaryHtml, MAX_TEXT);
            summary = HtmlText.cap(text, MAX_SUMMARY);
        } else {
            text = HtmlText.toText(contentHtml, MAX_TEXT);
            summary = HtmlText.toText(summaryHtml, MAX_SUMMARY);
        }
        Optional<Instant> published = published(entry, rawDate, fetchedAt);
        String id = ArticleIds.of(url, config.id(), guid, title, text);
        String entryLanguage = dublinCore(entry).map(DCModule::getLanguage).orElse("");
        ArticleLanguage.Choice language =
                ArticleLanguage.choose(entryLanguage, feedLanguage, config.language(), title, text);
        return new Article(
                Article.SCHEMA,
                id,
                guid,
                url,
                title,
                text,
                summary,
                published.orElse(fetchedAt),
                published.isEmpty(),
                authors(entry),
                categories(entry),
                language.language(),
                ref,
                fetchedAt,
                ArticleIds.contentHash(title, text),
                TextSource.FEED,
                language.source());
    }

    /**
     * {@code article} completed from its web page: the page's text when longer than the feed's, and the page's
     * headline and date when the feed gave none.
     */
    static Article withPage(Article article, ArticlePage page) {
        boolean pageText = page.text().length() > article.text().length();
        String text = pageText ? page.text() : article.text();
        String title = article.title().isEmpty() ? HtmlText.toText(page.title(), MAX_TITLE) : article.title();
        Optional<Instant> published = article.publishedInferred()
                ? page.published().filter(date -> plausible(date, article.fetchedAt()))
                : Optional.empty();
        return new Article(
                article.schema(),
                article.id(),
                article.guid(),
                article.url(),
                title,
                text,
                article.summary().isEmpty() ? HtmlText.cap(text, MAX_SUMMARY) : article.summary(),
                published.orElse(article.published()),
                published.isEmpty() && article.publishedInferred(),
                article.authors(),
                article.categories(),
                article.language(),
                article.feed(),
                article.fetchedAt(),
                ArticleIds.contentHash(title, text),
                pageText ? TextSource.PAGE : article.textSource(),
                article.languageSource());
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if ((link.getRel() == null || link.getRel().equals("alternate")) && link.getHref() != null) {
                return link.getHref();
            }
        }
        return "";
    }

    /** Entry published, else updated; refused when absurd. */
    private static Optional<Instant> published(SyndEntry entry, String rawDate, Instant fetchedAt) {
        Optional<Instant> rome = Optional.ofNullable(entry.getPublishedDate())
                .or(() -> Optional.ofNullable(entry.getUpdatedDate()))
                .map(Date::toInstant);
        // ROME reads a date without a zone in the JVM's default time zone, and misses forms like GMT+0800:
        // then our reading of the raw text decides.
        Optional<Instant> date = rome.isPresent() && FeedDates.hasExplicitZone(rawDate)
                ? rome
                : FeedDates.parse(rawDate).or(() -> rome);
        return date.filter(d -> plausible(d, fetchedAt));
    }

    /** False for a placeholder date (1970, year 1) or one further in the future than clocks drift. */
    private static boolean plausible(Instant date, Instant fetchedAt) {
        return !date.isBefore(EARLIEST) && !date.isAfter(fetchedAt.plus(FUTURE_SLACK));
    }

    private static List<String> authors(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            addClean(names, person.getName());
        }
        addClean(names, entry.getAuthor());
        dublinCore(entry).ifPresent(dc -> dc.getCreators().forEach(creator -> addClean(names, creator)));
        return new ArrayList<>(names);
    }

    private static List<String> categories(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndCategory category : entry.getCategories()) {
            addClean(names, category.getName());
        }
        dublinCore(entry).ifPresent(dc -> dc.getSubjects().forEach(subject -> addClean(names, subject.getValue())));
        return new ArrayList<>(names);
    }

    /** Dublin Core elements, which some feeds use instead of RSS's own title, author and category. */
    private static Optional<DCModule> dublinCore(SyndEntry entry) {
        return Optional.ofNullable((DCModule) entry.getModule(DCModule.URI));
    }

    private static void addClean(Set<String> names, String raw) {
        String clean = HtmlText.toText(raw, MAX_TITLE);
        if (!clean.isEmpty()) {
            names.add(clean);
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.trim() : b == null ? "" : b;
    }
}
