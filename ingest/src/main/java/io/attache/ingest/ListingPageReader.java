package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an HTML listing page ({@code type: html}), and the pages its next link leads to, as a feed: one entry
 * per article link, with the link resolved against the page's final URL, the title of its item (or the link's
 * text) and its date. Everything after reading (normalising, seen entries, fetching each new article's page)
 * is then the same as for a feed. A link repeated on a page or across pages is one entry.
 *
 * <p>A link's <em>item</em> is the largest element around it holding no matched link to another URL: its
 * {@code <li>}, {@code <tr>} or {@code <article>} on a typical listing. The {@code title} and {@code date}
 * selectors are applied inside it.
 */
final class ListingPageReader {
    private static final Logger LOG = LoggerFactory.getLogger(ListingPageReader.class);

    private final PageFetcher pages;

    /** @param pages fetches the next listing pages, as politely as the first */
    ListingPageReader(PageFetcher pages) {
        this.pages = pages;
    }

    /**
     * The entries of {@code source}'s listing, starting from its first page.
     *
     * @throws FeedParseException classed as selector_matched_nothing when the first page has no article link
     *                            (the site's layout changed), or not_a_feed when it is not HTML
     */
    ParsedFeed read(FeedConfig source, FetchResponse first) throws FeedParseException {
        ListingSelectors selectors = source.listing();
        Document firstPage = document(first);
        Document page = firstPage;
        Map<String, Link> links = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Set<URI> visited = new HashSet<>(Set.of(first.finalUrl()));
        int read = 1;
        collect(page, selectors, links);
        if (links.isEmpty()) {
            throw new FeedParseException(
                    FetchOutcome.SELECTOR_MATCHED_NOTHING,
                    "links selector '" + selectors.links() + "' matched no article link on " + first.finalUrl()
                            + " (has the page's layout changed?)");
        }
        while (read < selectors.pages()) {
            Optional<URI> next = nextPage(page, selectors.next());
            if (next.isEmpty() || !visited.add(next.get())) {
                break;
            }
            FetchResponse response = pages.fetchPage(next.get());
            if (response.outcome() != FetchOutcome.OK) {
                notes.add("page " + (read + 1) + " not read ("
                        + response.outcome().label() + ": " + response.message() + ")");
                break;
            }
            try {
                page = document(response);
            } catch (FeedParseException e) {
                notes.add("page " + (read + 1) + " not read (" + e.getMessage() + ")");
                break;
            }
            read++;
            collect(page, selectors, links);
        }
        notes.add(0, read + (read == 1 ? " listing page" : " listing pages"));
        return new ParsedFeed(feed(source, firstPage, links), List.of(), notes);
    }

    private static Document document(FetchResponse response) throws FeedParseException {
        String type = response.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "not an HTML page (" + response.contentType() + ")");
        }
        try {
            return HtmlPages.parse(response);
        } catch (IOException e) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "unreadable HTML: " + e.getMessage());
        }
    }

    /** Adds the page's article links to {@code links}, keeping the first of each URL. */
    private static void collect(Document page, ListingSelectors selectors, Map<String, Link> links) {
        Map<Element, String> matched = new LinkedHashMap<>();
        for (Element element : page.select(selectors.links())) {
            href(element).ifPresent(url -> matched.put(element, url));
        }
        Map<Element, Set<String>> urlsWithin = new IdentityHashMap<>();
        matched.forEach((element, url) -> {
            for (Element ancestor : element.parents()) {
                urlsWithin.computeIfAbsent(ancestor, a -> new HashSet<>()).add(url);
            }
        });
        matched.forEach((element, url) -> {
            Element item = item(element, url, urlsWithin);
            Link link = new Link(url, text(item, selectors.title(), element), date(item, selectors));
            links.merge(url, link, Link::completedBy);
        });
    }

    /** The largest element around {@code link} whose matched links all lead to {@code url}; see the class doc. */
    private static Element item(Element link, String url, Map<Element, Set<String>> urlsWithin) {
        Element item = link;
        for (Element ancestor : link.parents()) {
            if (ancestor.normalName().equals("body")
                    || !urlsWithin.get(ancestor).equals(Set.of(url))) {
                break;
            }
            item = ancestor;
        }
        return item;
    }

    /** The absolute http(s) URL an element links to: its own href, else its first link's. */
    private static Optional<String> href(Element element) {
        Element anchor = element.hasAttr("href") ? element : element.selectFirst("a[href]");
        if (anchor == null) {
            return Optional.empty();
        }
        String url = anchor.absUrl("href");
        return url.startsWith("http://") || url.startsWith("https://") ? Optional.of(url) : Optional.empty();
    }

    private static String text(Element item, String titleSelector, Element link) {
        Element title = titleSelector.isEmpty() ? null : item.selectFirst(titleSelector);
        String text = title == null ? "" : title.text();
        if (text.isBlank()) {
            text = link.text().isBlank() ? link.attr("title") : link.text();
        }
        return text.strip();
    }

    private static Optional<Instant> date(Element item, ListingSelectors selectors) {
        Element date = selectors.date().isEmpty() ? null : item.selectFirst(selectors.date());
        if (date == null) {
            return Optional.empty();
        }
        Element time = date.hasAttr("datetime") ? date : date.selectFirst("[datetime]");
        String raw = time == null ? date.text() : time.attr("datetime");
        return selectors.dateFormat().isEmpty()
                ? FeedDates.find(raw)
                : FeedDates.find(raw, selectors.dateFormat()).or(() -> FeedDates.find(raw));
    }

    private static Optional<URI> nextPage(Document page, String selector) {
        Element next = selector.isEmpty() ? null : page.selectFirst(selector);
        return next == null ? Optional.empty() : href(next).map(URI::create);
    }

    private static SyndFeed feed(FeedConfig source, Document first, Map<String, Link> links) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("html");
        feed.setTitle(first.title());
        feed.setLink(source.url().toString());
        Element html = first.selectFirst("html[lang]");
        if (html != null) {
            feed.setLanguage(html.attr("lang"));
        }
        List<SyndEntry> entries = new ArrayList<>(links.size());
        for (Link link : links.values()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setLink(link.url());
            entry.setTitle(link.title());
            link.published().map(Date::from).ifPresent(entry::setPublishedDate);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }

    /** One article link of the listing: where it leads, its title and its date (empty when the listing has none). */
    private record Link(String url, String title, Optional<Instant> published) {
        /** This link, with what a repeat of it adds (a title or date this occurrence lacks). */
        Link completedBy(Link repeat) {
            return new Link(
                    url,
                    title.isEmpty() ? repeat.title() : title,
                    published.isPresent() ? published : repeat.published());
        }
    }
}
