package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with ROME, and JSON Feed with {@link JsonFeedReader}, keeping ROME's secure defaults (DOCTYPE refused, so
 * no external entities and no entity expansion). The charset is found as ROME's {@link XmlReader} does (BOM,
 * XML declaration, HTTP Content-Type); characters XML forbids are dropped before parsing rather than failing
 * the whole feed.
 */
final class FeedParser {
    private static final Pattern HTML_START =
            Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html[\\s>])");
    private static final List<String> DATE_ELEMENTS =
            List.of("pubDate", "published", "issued", "created", "date", "updated", "modified");

    /**
     * Parses a feed body.
     *
     * @param contentType the HTTP Content-Type header, empty when none (a saved file)
     * @throws FeedParseException classed as not_a_feed, malformed_xml or doctype_forbidden
     */
    ParsedFeed parse(byte[] body, String contentType) throws FeedParseException {
        String text = withoutInvalidXmlCharacters(decode(body, contentType));
        if (looksLikeHtml(text)) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "an HTML page, not a feed");
        }
        if (text.isBlank()) {
            throw new FeedParseException(FetchOutcome.NOT_A_FEED, "empty body");
        }
        if (JsonFeedReader.looksLikeJson(text)) {
            return JsonFeedReader.read(text);
        }
        Document document = document(text);
        try {
            FeedDocumentRepair.repair(document);
            SyndFeed feed = new SyndFeedInput().build(document);
            return new ParsedFeed(feed, rawDates(document, feed.getEntries().size()));
        } catch (IllegalArgumentException e) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED,
                    "root element <" + document.getRootElement().getName() + "> is not RSS or Atom");
        } catch (FeedException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "not a readable feed: " + e.getMessage());
        } catch (RuntimeException e) {
            // ROME's converters assume the structure the spec requires (e.g. an RSS <channel>) and fail otherwise.
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "feed structure ROME cannot read: " + e);
        }
    }

    /** Whether a body begins as an HTML page does (a doctype or an {@code <html>} element, after any XML prolog). */
    static boolean looksLikeHtml(String text) {
        return HTML_START
                .matcher(text.length() > 4096 ? text.substring(0, 4096) : text)
                .find();
    }

    private static Document document(String text) throws FeedParseException {
        SAXBuilder builder = new SecureInput().saxBuilder();
        try (Reader reader = new XmlFixerReader(new StringReader(text))) {
            return builder.build(reader);
        } catch (JDOMException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("DOCTYPE")) {
                throw new FeedParseException(
                        FetchOutcome.DOCTYPE_FORBIDDEN,
                        "has a DOCTYPE, refused (no DTDs, external entities or entity expansion)");
            }
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "invalid XML: " + firstLine(message));
        } catch (IOException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_XML, "invalid XML: " + e.getMessage());
        }
    }

    /** The body as text, its charset chosen like ROME's XmlReader in lenient mode. */
    static String decode(byte[] body, String contentType) throws FeedParseException {
        try (XmlReader reader = contentType.isEmpty()
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            StringBuilder text = new StringBuilder(body.length);
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new FeedParseException(
                    FetchOutcome.MALFORMED_XML, "unreadable character encoding: " + e.getMessage());
        }
    }

    /** Drops what XML 1.0 does not allow: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE and U+FFFF. */
    static String withoutInvalidXmlCharacters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean valid;
            if (Character.isHighSurrogate(c)) {
                valid = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (valid) {
                    if (out != null) {
                        out.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                valid = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!valid && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (valid && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The raw date text of each entry element, in document order; empty when the entries cannot be matched. */
    private static List<String> rawDates(Document document, int entryCount) {
        Element root = document.getRootElement();
        List<Element> entries = new ArrayList<>();
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) {
                entries.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream()
                        .filter(e -> e.getName().equals("item"))
                        .forEach(entries::add);
            }
        }
        if (entries.size() != entryCount) {
            return List.of();
        }
        List<String> dates = new ArrayList<>(entries.size());
        for (Element entry : entries) {
            dates.add(rawDate(entry));
        }
        return dates;
    }

    private static String rawDate(Element entry) {
        for (String name : DATE_ELEMENTS) {
            for (Element child : entry.getChildren()) {
                if (child.getName().equals(name) && !child.getTextTrim().isEmpty()) {
                    return child.getTextTrim();
                }
            }
        }
        return "";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Exposes the SAX builder ROME configures for itself, so its secure settings are the ones used. */
    private static final class SecureInput extends WireFeedInput {
        SAXBuilder saxBuilder() {
            return createSAXBuilder();
        }
    }
}
