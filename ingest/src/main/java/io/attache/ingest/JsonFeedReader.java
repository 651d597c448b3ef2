package io.attache.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads a JSON Feed (1.0 and 1.1, https://jsonfeed.org/version/1.1) into the same feed model ROME gives for RSS
 * and Atom, so every later step treats it like any other feed: the item's {@code id} as the guid,
 * {@code url} (else {@code external_url}) as the link, {@code content_html} or {@code content_text} as the
 * content, {@code summary} as the description, {@code date_published} and {@code date_modified}, authors, tags as
 * categories, and the feed's or the item's {@code language}.
 */
final class JsonFeedReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

    private JsonFeedReader() {}

    /** Whether a body looks like JSON rather than XML: its first non-blank char opens an object. */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c == '{';
            }
        }
        return false;
    }

    /**
     * Reads a JSON Feed.
     *
     * @throws FeedParseException classed as malformed_json (broken JSON, or items of the wrong shape) or
     *     not_a_feed (JSON, but no JSON Feed version)
     */
    static ParsedFeed read(String text) throws FeedParseException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new FeedParseException(FetchOutcome.MALFORMED_JSON, "invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith(VERSION_PREFIX)) {
            throw new FeedParseException(
                    FetchOutcome.NOT_A_FEED, "JSON without a JSON Feed version ('" + VERSION_PREFIX + "1.1')");
        }
        JsonNode items = root.path("items");
        if (!items.isArray()) {
            throw new FeedParseException(FetchOutcome.MALFORMED_JSON, "a JSON Feed needs an 'items' array");
        }
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(text(root, "title"));
        feed.setLink(text(root, "home_page_url"));
        feed.setDescription(text(root, "description"));
        feed.setLanguage(text(root, "language"));
        List<SyndEntry> entries = new ArrayList<>();
        List<String> rawDates = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new FeedParseException(
                        FetchOutcome.MALFORMED_JSON, "item " + (entries.size() + 1) + " is not an object");
            }
            entries.add(entry(item, root));
            rawDates.add(
                    text(item, "date_published").isEmpty()
                            ? text(item, "date_modified")
                            : text(item, "date_published"));
        }
        feed.setEntries(entries);
        return new ParsedFeed(feed, rawDates);
    }

    private static SyndEntry entry(JsonNode item, JsonNode root) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(text(item, "id"));
        entry.setLink(text(item, "url").isEmpty() ? text(item, "external_url") : text(item, "url"));
        entry.setTitle(text(item, "title"));
        if (!text(item, "summary").isEmpty()) {
            entry.setDescription(content("text", text(item, "summary")));
        }
        if (!text(item, "content_html").isEmpty()) {
            entry.setContents(List.of(content("html", text(item, "content_html"))));
        } else if (!text(item, "content_text").isEmpty()) {
            entry.setContents(List.of(content("text", text(item, "content_text"))));
        }
        Date published = date(text(item, "date_published"));
        Date modified = date(text(item, "date_modified"));
        // ROME's entry copies a date it is given, and cannot copy none.
        if (published != null) {
            entry.setPublishedDate(published);
        }
        if (modified != null) {
            entry.setUpdatedDate(modified);
        }
        entry.setAuthors(authors(item.has("authors") || item.has("author") ? item : root));
        List<SyndCategory> categories = new ArrayList<>();
        for (JsonNode tag : item.path("tags")) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(tag.asText());
            categories.add(category);
        }
        entry.setCategories(categories);
        if (!text(item, "language").isEmpty() && entry.getModule(DCModule.URI) instanceof DCModule dublinCore) {
            // An entry's own language travels in its Dublin Core module, as dc:language does in RSS.
            dublinCore.setLanguage(text(item, "language"));
        }
        return entry;
    }

    /** Authors of 1.1 ({@code authors}), else of 1.0 ({@code author}). */
    private static List<SyndPerson> authors(JsonNode node) {
        List<SyndPerson> authors = new ArrayList<>();
        List<JsonNode> listed = new ArrayList<>();
        node.path("authors").forEach(listed::add);
        if (node.path("author").isObject()) {
            listed.add(node.path("author"));
        }
        for (JsonNode author : listed) {
            if (!text(author, "name").isEmpty()) {
                SyndPerson person = new SyndPersonImpl();
                person.setName(text(author, "name"));
                authors.add(person);
            }
        }
        return authors;
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type.equals("html") ? "text/html" : "text/plain");
        content.setValue(value);
        return content;
    }

    /** An RFC 3339 date; null when absent or unreadable, and then {@link FeedDates} reads the raw text. */
    private static Date date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Date.from(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("").strip() : "";
    }
}
