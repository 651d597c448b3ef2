package io.attache.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads fetched web pages: the HTML in its own charset, and what a page says about itself in its markup
 * (headline, publication date), for listing pages and the article pages they link to.
 */
final class HtmlPages {
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    /**
     * Where pages put their publication date, most specific first: Open Graph and schema.org, the meta names
     * news sites and CMSes write (Chinese government sites write {@code PubDate}), then {@code <time>}.
     */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]",
            "meta[itemprop=datePublished]",
            "[itemprop=datePublished][datetime]",
            "meta[name~=(?i)^(pubdate|publishdate|publish-date|publication_date|date|dc\\.date\\.issued|"
                    + "dc\\.date|dcterms\\.issued|dcterms\\.created|sailthru\\.date|parsely-pub-date)$]",
            "meta[property=og:published_time]",
            "time[datetime]");

    private HtmlPages() {}

    /**
     * The page's document, relative links resolving against the URL that gave it. The charset is the one the
     * server named, else the page's BOM or {@code <meta charset>}, else UTF-8, as browsers do.
     */
    static Document parse(FetchResponse page) throws IOException {
        return Jsoup.parse(
                new ByteArrayInputStream(page.body()),
                charset(page.contentType()),
                page.finalUrl().toString());
    }

    /** The page's headline: its Open Graph title, else its first {@code <h1>}; empty when it has neither. */
    static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title][content]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text();
    }

    /** When the page says it was published, from its meta tags or {@code <time datetime>}; empty when it doesn't. */
    static Optional<Instant> published(Document page) {
        for (String selector : DATE_META) {
            for (Element element : page.select(selector)) {
                String value = element.hasAttr("datetime") ? element.attr("datetime") : element.attr("content");
                Optional<Instant> date = FeedDates.find(value);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** The charset a Content-Type names when Java knows it; null to let jsoup detect it from the page. */
    private static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        try {
            return m.find() && Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
