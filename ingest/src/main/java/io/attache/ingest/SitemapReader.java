package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import io.attache.model.DurationText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a sitemap or a sitemap index (https://www.sitemaps.org/protocol.html), with the news extension
 * (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap), into the feed model ROME
 * gives for RSS and Atom, so every later step treats its URLs like a feed's entries: {@code loc} as the link,
 * {@code news:title} as the title, {@code news:publication_date} (else {@code lastmod}) as the date,
 * {@code news:language} as the entry's language, {@code news:keywords} as categories and the publication's
 * {@code news:name} as the feed's title.
 *
 * <p>A sitemap lists a site's pages old and new, and only the recent ones are news: entries come newest first,
 * those dated before {@code now - maxAge} dropped, those without a date kept after the dated ones (in document
 * order), at most {@link #MAX_ENTRIES}. A sitemap index is followed one level down: its child sitemaps newest first
 * by their {@code lastmod} (undated ones after, in document order), those last modified before
 * {@code now - maxAge} skipped, at most {@link #MAX_CHILDREN} per read. A child that cannot be fetched or read is
 * logged and named in the result, and the others are still read; only when every child tried fails does the read
 * fail, with the first child's outcome.
 */
final class SitemapReader {
    private static final Logger LOG = LoggerFactory.getLogger(SitemapReader.class);
    /**
     * A news sitemap lists the articles of the last two days (Google News' rule for them), so this window loses
     * none of its entries and keeps a plain sitemap to what changed lately.
     */
    static final Duration DEFAULT_MAX_AGE = Duration.ofDays(2);
    /**
     * Child sitemaps read per poll. News sites split their index by day or by section, and a two-day window needs
     * a few of them; ten more fetches from the same host is as far as one poll goes.
     */
    static final int MAX_CHILDREN = 10;
    /**
     * Entries given per read: as many as a feed's remembered entries, so an entry kept is still remembered at the
     * next poll rather than published again.
     */
    static final int MAX_ENTRIES = FeedPoller.SEEN_LIMIT;

    private final long maxBytes;

    /** @param maxBytes the largest sitemap accepted after decompression: the fetcher's {@link FetchLimits#maxBytes()} */
    SitemapReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * What one read gave.
     *
     * @param parsed         the entries as a feed, newest first, noting for the poll's message what was read
     * @param failedChildren per child sitemap that could not be fetched or read, its URL and why; empty for a
     *                       sitemap, or an index whose children were all read
     */
    record Result(ParsedFeed parsed, List<String> failedChildren) {
        Result {
            failedChildren = List.copyOf(failedChildren);
        }

        /**
         * The line the poll's message gets, e.g. {@code sitemap index, 3 of 12 child sitemaps read (9 older than
         * 2d), 240 entries, 35 within 2d}.
         */
        String summary() {
            return String.join(", ", parsed.notes());
        }
    }

    /**
     * Reads the sitemap or sitemap index a fetch gave.
     *
     * @param response   an {@link FetchOutcome#OK} fetch of the sitemap; its final URL is the sitemap's URL
     * @param now        the time the window ends at
     * @param maxAge     how far back the window goes: older entries and child sitemaps are left out
     * @param fetchChild fetches a child sitemap of an index (with the same limits as the sitemap itself)
     * @throws FeedParseException when the body is not a sitemap (not_a_feed, malformed_xml, doctype_forbidden,
     *     too_large), or when it is an index none of whose children tried could be read (the first one's outcome)
     */
    Result read(FetchResponse response, Instant now, Duration maxAge, Function<URI, FetchResponse> fetchChild)
            throws FeedParseException {
        if (response.outcome() != FetchOutcome.OK) {
            throw new IllegalArgumentException("only a fetched sitemap can be read, not one that was "
                    + response.outcome().label() + " (" + response.finalUrl() + ")");
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("maxAge must be positive, was " + maxAge);
        }
        URI url = response.finalUrl();
        Instant oldest = now.minus(maxAge);
        String window = DurationText.format(maxAge);
        AbstractSiteMap sitemap = SitemapDocument.parse(url, response.body(), maxBytes);
        if (sitemap instanceof SiteMapIndex index) {
            Children children = readChildren(url, index, oldest, fetchChild);
            return result(children.entries(), children.summary(window), children.failures(), oldest, window);
        }
        return result(entries((SiteMap) sitemap), "sitemap", List.of(), oldest, window);
    }

    private static Result result(
            List<SitemapEntry> all, String source, List<String> failures, Instant oldest, String window) {
        List<SitemapEntry> distinct = distinctNewestFirst(all);
        List<SitemapEntry> recent = distinct.stream()
                .filter(entry -> within(entry.published(), oldest))
                .toList();
        long undated = recent.stream().filter(e -> e.published().isEmpty()).count();
        List<SitemapEntry> kept = recent.stream().limit(MAX_ENTRIES).toList();
        String summary =
                source + ", " + distinct.size() + " entries, " + (recent.size() - undated) + " within " + window
                        + (undated > 0 ? ", " + undated + " undated" : "")
                        + (kept.size() < recent.size() ? ", newest " + kept.size() + " kept" : "");
        return new Result(new ParsedFeed(feed(kept), List.of(), List.of(summary)), failures);
    }

    /** Every entry once (its newest listing), newest first, the undated after the dated in document order. */
    private static List<SitemapEntry> distinctNewestFirst(List<SitemapEntry> entries) {
        Map<String, SitemapEntry> byUrl = new LinkedHashMap<>();
        entries.stream()
                .sorted(newestFirst(SitemapEntry::published))
                .forEach(entry -> byUrl.putIfAbsent(entry.url(), entry));
        return List.copyOf(byUrl.values());
    }

    private static SyndFeed feed(List<SitemapEntry> entries) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(entries.stream()
                .map(SitemapEntry::publication)
                .filter(name -> !name.isEmpty())
                .findFirst()
                .orElse(""));
        feed.setEntries(entries.stream().map(SitemapEntry::toSyndEntry).collect(Collectors.toList()));
        return feed;
    }

    private Children readChildren(URI url, SiteMapIndex index, Instant oldest, Function<URI, FetchResponse> fetchChild)
            throws FeedParseException {
        List<AbstractSiteMap> listed = List.copyOf(index.getSitemaps());
        List<AbstractSiteMap> recent = listed.stream()
                .filter(child -> within(lastModified(child), oldest))
                .sorted(newestFirst(SitemapReader::lastModified))
                .toList();
        List<AbstractSiteMap> chosen = recent.stream().limit(MAX_CHILDREN).toList();
        List<SitemapEntry> entries = new ArrayList<>();
        List<FeedParseException> failures = new ArrayList<>();
        for (AbstractSiteMap child : chosen) {
            try {
                entries.addAll(readChild(url, child, fetchChild));
            } catch (FeedParseException e) {
                LOG.warn("sitemap index {}: child sitemap not read: {}", url, e.getMessage());
                failures.add(e);
            }
        }
        if (!failures.isEmpty() && failures.size() == chosen.size()) {
            FeedParseException first = failures.get(0);
            throw new FeedParseException(
                    first.outcome(),
                    "sitemap index " + url + ": none of the " + chosen.size() + " child sitemaps tried could be read, "
                            + "the first: " + first.getMessage());
        }
        return new Children(
                entries,
                listed.size(),
                chosen.size() - failures.size(),
                listed.size() - recent.size(),
                recent.size() - chosen.size(),
                failures.stream().map(Throwable::getMessage).toList());
    }

    private List<SitemapEntry> readChild(URI indexUrl, AbstractSiteMap child, Function<URI, FetchResponse> fetchChild)
            throws FeedParseException {
        URI url = childUrl(indexUrl, child);
        FetchResponse response = fetchChild.apply(url);
        if (response.outcome() != FetchOutcome.OK) {
            throw new FeedParseException(
                    response.outcome(), url + ": " + response.outcome().label() + ", " + response.message());
        }
        AbstractSiteMap sitemap = SitemapDocument.parse(response.finalUrl(), response.body(), maxBytes);
        if (sitemap.isIndex()) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED, url + " is a sitemap index inside a sitemap index, not followed");
        }
        return entries((SiteMap) sitemap);
    }

    /**
     * The child's URL, refused when its scheme differs in kind from the index's: a remote index must not make
     * Attaché read local files ({@code file:}), nor a local one send requests.
     */
    private static URI childUrl(URI indexUrl, AbstractSiteMap child) throws FeedParseException {
        URI url;
        try {
            url = child.getUrl().toURI();
        } catch (URISyntaxException e) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED, "child sitemap " + child.getUrl() + " is not a valid URI");
        }
        if (!schemeKind(url).equals(schemeKind(indexUrl))) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED,
                    url + ": a child sitemap of " + indexUrl.getScheme() + ": index must be " + schemeKind(indexUrl)
                            + ", not " + url.getScheme() + ":");
        }
        return url;
    }

    private static String schemeKind(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equals("http") || scheme.equals("https") ? "http(s)" : scheme;
    }

    private static List<SitemapEntry> entries(SiteMap sitemap) {
        return sitemap.getSiteMapUrls().stream().map(SitemapEntry::of).toList();
    }

    private static Optional<Instant> lastModified(AbstractSiteMap sitemap) {
        return Optional.ofNullable(sitemap.getLastModified()).map(Date::toInstant);
    }

    /** Whether a date is not before {@code oldest}; an unknown date may be recent, so it is. */
    private static boolean within(Optional<Instant> date, Instant oldest) {
        return date.map(known -> !known.isBefore(oldest)).orElse(true);
    }

    /** Newest first; undated last, keeping their order (the sort is stable). */
    private static <T> Comparator<T> newestFirst(Function<T, Optional<Instant>> date) {
        return Comparator.comparing((T item) -> date.apply(item).orElse(Instant.MIN), Comparator.reverseOrder());
    }

    /** What reading an index's children gave, and the counts its summary tells. */
    private record Children(
            List<SitemapEntry> entries, int listed, int read, int older, int overLimit, List<String> failures) {

        String summary(String maxAge) {
            List<String> notRead = new ArrayList<>();
            if (older > 0) {
                notRead.add(older + " older than " + maxAge);
            }
            if (overLimit > 0) {
                notRead.add(overLimit + " over the " + MAX_CHILDREN + " read per poll");
            }
            if (!failures.isEmpty()) {
                notRead.add(failures.size() + " failed: " + String.join("; ", failures));
            }
            return "sitemap index, " + read + " of " + listed + " child sitemaps read"
                    + (notRead.isEmpty() ? "" : " (" + String.join(", ", notRead) + ")");
        }
    }
}
