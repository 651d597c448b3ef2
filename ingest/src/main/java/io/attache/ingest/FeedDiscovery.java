package io.attache.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Finds the feeds a web page advertises with {@code <link rel="alternate">} (RSS, Atom, JSON Feed). */
public final class FeedDiscovery {
    private static final Set<String> FEED_TYPES = Set.of(
            "application/rss+xml",
            "application/atom+xml",
            "application/feed+json",
            "application/json",
            "application/rdf+xml",
            "application/xml",
            "text/xml");

    private FeedDiscovery() {}

    /**
     * One advertised feed.
     *
     * @param url   the feed's URL, resolved against the page's
     * @param type  the advertised media type
     * @param title the advertised title, empty when none
     */
    public record Advertised(URI url, String type, String title) {}

    /** The feeds {@code html}, fetched from {@code page}, advertises, in page order, each URL once. */
    public static List<Advertised> find(String html, URI page) {
        List<Advertised> found = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element link : Jsoup.parse(html, page.toString()).select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            String href = link.absUrl("href");
            if (FEED_TYPES.contains(type) && !href.isEmpty() && seen.add(href)) {
                found.add(new Advertised(
                        URI.create(href), type, link.attr("title").strip()));
            }
        }
        return found;
    }
}
