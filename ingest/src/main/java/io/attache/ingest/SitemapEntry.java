package io.attache.ingest;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One URL of a sitemap and what its news extension says of it.
 *
 * @param url         the {@code loc}
 * @param title       {@code news:title}, empty when none
 * @param published   {@code news:publication_date}, else {@code lastmod}; empty when neither is a readable date
 * @param language    {@code news:language} of its {@code news:publication}, empty when none
 * @param publication {@code news:name} of its {@code news:publication}, empty when none
 * @param keywords    {@code news:keywords}, split at commas
 */
record SitemapEntry(
        String url,
        String title,
        Optional<Instant> published,
        String language,
        String publication,
        List<String> keywords) {

    SitemapEntry {
        keywords = List.copyOf(keywords);
    }

    /** The entry crawler-commons read. */
    static SitemapEntry of(SiteMapURL url) {
        Optional<NewsAttributes> news = news(url);
        Optional<Instant> published = news.map(NewsAttributes::getPublicationDateTime)
                .map(ZonedDateTime::toInstant)
                .or(() -> Optional.ofNullable(url.getLastModified()).map(Date::toInstant));
        return new SitemapEntry(
                url.getUrl().toString(),
                news.map(NewsAttributes::getTitle).map(String::strip).orElse(""),
                published,
                news.map(NewsAttributes::getLanguage).map(String::strip).orElse(""),
                news.map(NewsAttributes::getName).map(String::strip).orElse(""),
                news.map(NewsAttributes::getKeywords).stream()
                        .flatMap(Arrays::stream)
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(keyword -> !keyword.isEmpty())
                        .toList());
    }

    /** This entry in the feed model: the link, title, date, keywords as categories and the entry's language. */
    SyndEntry toSyndEntry() {
        SyndEntry entry = new SyndEntryImpl();
        entry.setLink(url);
        entry.setTitle(title);
        // ROME's entry copies a date it is given, and cannot copy none.
        published.ifPresent(date -> entry.setPublishedDate(Date.from(date)));
        entry.setCategories(keywords.stream().map(SitemapEntry::category).toList());
        if (!language.isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dublinCore) {
            // An entry's own language travels in its Dublin Core module, as dc:language does in RSS.
            dublinCore.setLanguage(language);
        }
        return entry;
    }

    private static SyndCategory category(String name) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        return category;
    }

    private static Optional<NewsAttributes> news(SiteMapURL url) {
        ExtensionMetadata[] news = url.getAttributesForExtension(Extension.NEWS);
        return news == null
                ? Optional.empty()
                : Arrays.stream(news)
                        .filter(NewsAttributes.class::isInstance)
                        .map(NewsAttributes.class::cast)
                        .findFirst();
    }
}
