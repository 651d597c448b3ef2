package io.attache.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.AbstractSiteMap.SitemapType;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.xml.sax.SAXParseException;

/**
 * Reads one sitemap document with crawler-commons' {@link SiteMapParser}: a {@code <urlset>} (with the news
 * extension), a {@code <sitemapindex>}, or a plain-text list of URLs, any of them gzip-compressed. The
 * decompressed size is capped like every fetched body, and a DOCTYPE is refused, so no external entities and no
 * entity expansion. Whatever else it is (an HTML page, an RSS or Atom feed, broken XML) is refused with the
 * outcome it counts as and the URL at fault.
 */
final class SitemapDocument {
    private SitemapDocument() {}

    /**
     * Parses a sitemap body.
     *
     * @param url      where the body came from (a sitemap's URLs and its children are read against it)
     * @param maxBytes the largest body accepted after decompression
     * @throws FeedParseException classed as not_a_feed, malformed_xml, doctype_forbidden or too_large
     */
    static AbstractSiteMap parse(URI url, byte[] body, long maxBytes) throws FeedParseException {
        byte[] bytes = gunzipped(url, body, maxBytes);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        if (head.isBlank()) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, url + " is empty, not a sitemap");
        }
        if (FeedParser.looksLikeHtml(head)) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, url + " is an HTML page, not a sitemap");
        }
        AbstractSiteMap sitemap;
        try {
            sitemap = parser().parseSiteMap(bytes, url.toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, url + " is not a URL a sitemap can have");
        } catch (UnknownFormatException e) {
            throw refused(url, e);
        } catch (IOException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, url + ": unreadable sitemap: " + e.getMessage());
        }
        if (sitemap.getType() == SitemapType.RSS || sitemap.getType() == SitemapType.ATOM) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED, url + " is an RSS or Atom feed, not a sitemap: read it as a feed");
        }
        if (sitemap.getType() == SitemapType.TEXT
                && ((SiteMap) sitemap).getSiteMapUrls().isEmpty()) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED, url + " is not a sitemap: neither sitemap XML nor lines of URLs");
        }
        return sitemap;
    }

    private static SiteMapParser parser() {
        // Not strict: the protocol only admits URLs under the sitemap's own directory, but news sites keep their
        // sitemaps in /sitemaps/ and their articles elsewhere, and a feed's links are not held to its path either.
        SiteMapParser parser = new SiteMapParser(false);
        // crawler-commons' default, stated so that a change of default cannot let entities in.
        parser.setAllowDocTypeDefinitions(false);
        parser.enableExtension(Extension.NEWS);
        return parser;
    }

    /**
     * The body, decompressed when it is gzip ({@code sitemap.xml.gz}, served as it is stored rather than with a
     * Content-Encoding): here rather than in crawler-commons, which would inflate it without a cap.
     */
    private static byte[] gunzipped(URI url, byte[] body, long maxBytes) throws FeedParseException {
        if (!isGzip(body)) {
            return body;
        }
        byte[] inflated;
        try {
            inflated = BoundedBytes.decode(body, "gzip", maxBytes);
        } catch (BodyTooLargeException e) {
            throw new FeedParseException(
                    FetchOutcome.TOO_LARGE, url + ": gzip sitemap larger than " + maxBytes + " bytes decompressed");
        } catch (IOException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, url + ": broken gzip: " + e.getMessage());
        }
        if (isGzip(inflated)) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, url + ": gzip inside gzip, refused");
        }
        return inflated;
    }

    private static boolean isGzip(byte[] body) {
        return body.length > 1 && body[0] == (byte) 0x1f && body[1] == (byte) 0x8b;
    }

    /** What crawler-commons refused, classed: a DOCTYPE, broken XML, or a document of another kind. */
    private static FeedParseException refused(URI url, UnknownFormatException e) {
        if (e.getCause() instanceof SAXParseException xml) {
            String message = String.valueOf(xml.getMessage());
            if (message.contains("DOCTYPE")) {
                return new FeedParseException(
                        FetchOutcome.DOCTYPE_FORBIDDEN,
                        url + " has a DOCTYPE, refused (no DTDs, external entities or entity expansion)");
            }
            return new FeedParseException(
                    FetchOutcome.MALFORMED_XML, url + ": invalid XML at line " + xml.getLineNumber() + ": " + message);
        }
        return new FeedParseException(
                FetchOutcome.NOT_A_FEED,
                url + " is not a sitemap: no <urlset>, no <sitemapindex> and no lines of URLs");
    }
}
