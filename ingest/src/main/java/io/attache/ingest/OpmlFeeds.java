package io.attache.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Reads and writes the feed lists of other feed readers (OPML 1.0 and 2.0 subscription lists): every
 * {@code <outline>} with an {@code xmlUrl}, at any depth, is a feed; its {@code title} (else {@code text}) names it
 * and gives its id. Parsed with DOCTYPEs refused, as feeds are.
 */
public final class OpmlFeeds {
    private OpmlFeeds() {}

    /** The feeds an OPML file lists, with ids unique among themselves; the message names the file on error. */
    public static List<FeedConfig> read(Path file) {
        Document document;
        try {
            SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
            builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = builder.build(new StringReader(Files.readString(file)));
        } catch (IOException e) {
            throw new FeedsFileException(file + ": cannot be read: " + e.getMessage());
        } catch (JDOMException e) {
            throw new FeedsFileException(file + ": not readable OPML: " + e.getMessage());
        }
        if (!document.getRootElement().getName().equals("opml")) {
            throw new FeedsFileException(file + ": not OPML (root element <"
                    + document.getRootElement().getName() + ">)");
        }
        List<FeedConfig> feeds = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element outline :
                document.getRootElement().getDescendants(new org.jdom2.filter.ElementFilter("outline"))) {
            String xmlUrl = outline.getAttributeValue("xmlUrl", "").strip();
            if (xmlUrl.isEmpty()) {
                continue;
            }
            URI url;
            try {
                url = FeedSettingParsers.feedUrl(xmlUrl);
            } catch (IllegalArgumentException e) {
                throw new FeedsFileException(file + ": outline '" + name(outline) + "': " + e.getMessage());
            }
            String base =
                    FeedSettingParsers.slug(name(outline).isEmpty() ? url.getHost() + url.getPath() : name(outline));
            String id = base.isEmpty() ? "feed" : base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + "-" + n;
            }
            feeds.add(new FeedConfig(
                    id,
                    url,
                    null,
                    "",
                    outline.getAttributeValue("language", ""),
                    "",
                    null,
                    List.of(),
                    false,
                    null,
                    null,
                    null));
        }
        return feeds;
    }

    /** An OPML 2.0 subscription list of {@code feeds}, titled {@code title}; an HTML listing page or a sitemap is a {@code type="link"} outline. */
    public static String write(List<FeedConfig> feeds, String title) {
        Element body = new Element("body");
        for (FeedConfig feed : feeds) {
            boolean isFeed = feed.type() == SourceKind.FEED;
            // A listing page or a sitemap is no feed that another reader could poll: OPML's plain link says what it is.
            Element outline = new Element("outline")
                    .setAttribute("type", isFeed ? "rss" : "link")
                    .setAttribute("text", feed.publisher().isEmpty() ? feed.id() : feed.publisher())
                    .setAttribute("title", feed.id())
                    .setAttribute(isFeed ? "xmlUrl" : "url", feed.url().toString());
            if (!feed.language().isEmpty()) {
                outline.setAttribute("language", feed.language());
            }
            body.addContent(outline);
        }
        Element opml = new Element("opml")
                .setAttribute("version", "2.0")
                .addContent(new Element("head").addContent(new Element("title").setText(title)))
                .addContent(body);
        return new XMLOutputter(Format.getPrettyFormat()).outputString(new Document(opml));
    }

    private static String name(Element outline) {
        String title = outline.getAttributeValue("title", "").strip();
        return title.isEmpty() ? outline.getAttributeValue("text", "").strip() : title;
    }
}
