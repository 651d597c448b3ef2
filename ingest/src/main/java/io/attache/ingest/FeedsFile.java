package io.attache.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.attache.model.SourceType;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the feeds file: a YAML document with a {@code feeds} list, each feed a mapping of {@code id},
 * {@code url} (http, https or file URL, or the path of a saved feed relative to the feeds file) and the optional {@code interval}, {@code publisher}, {@code language}, {@code country}, {@code sourceType},
 * {@code labels} and {@code fullText}; and {@code type} ({@code feed}, the default, or {@code html} for a listing
 * page, which takes the keys of {@link ListingSelectors}: {@code links}, {@code next}, {@code pages},
 * {@code title}, {@code date}, {@code dateFormat}; or {@code sitemap} for a sitemap or sitemap index, which takes
 * {@code maxAge}). Anything wrong is refused with the file, line and field named.
 *
 * <pre>
 * feeds:
 *   - id: cn-mfa
 *     url: https://www.mfa.gov.cn/eng/rss.xml
 *     interval: 10m
 *     publisher: Ministry of Foreign Affairs of the PRC
 *     language: en
 *     country: CHN
 *     labels: [asia, ministry]
 *     fullText: true
 *   - id: kh-mfa
 *     url: https://www.mfaic.gov.kh/news
 *     type: html
 *     links: ul.news-list a.title
 *     next: a[rel=next]
 *     pages: 3
 *     date: span.date
 *     dateFormat: dd/MM/yyyy
 *   - id: vm-mfa
 *     url: https://www.mfa.valmora.example/sitemap-index.xml
 *     type: sitemap
 *     maxAge: 2d
 * </pre>
 */
public final class FeedsFile {
    private static final List<String> KEYS = List.of(
            "id",
            "url",
            "type",
            "interval",
            "publisher",
            "language",
            "country",
            "sourceType",
            "labels",
            "fullText",
            "links",
            "next",
            "pages",
            "title",
            "date",
            "dateFormat",
            "maxAge");
    /** The keys that only an HTML listing ({@code type: html}) takes. */
    private static final Set<String> LISTING_KEYS = Set.of("links", "next", "pages", "title", "date", "dateFormat");

    private static final YAMLFactory YAML = new YAMLFactory();

    private FeedsFile() {}

    /**
     * Reads and checks every feed of the file.
     *
     * @throws FeedsFileException naming file, line and field when the file is unreadable or a feed is invalid
     */
    public static List<FeedConfig> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = YAML.createParser(reader)) {
            return new FeedsFileReader(file, parser).read();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw FeedsFileException.at(file, line, "", "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw FeedsFileException.at(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * Turns {@code --feed} values into feeds: an http(s) or file URL, or the path of a saved feed.
     *
     * @throws FeedsFileException when a value is neither
     */
    public static List<FeedConfig> adHoc(List<String> values) {
        List<FeedConfig> feeds = new ArrayList<>();
        for (String value : values) {
            try {
                feeds.add(FeedSettingParsers.adHoc(value));
            } catch (IllegalArgumentException e) {
                throw new FeedsFileException("--feed " + value + ": " + e.getMessage());
            }
        }
        return feeds;
    }

    /**
     * The feeds of the file (if any) followed by the ad-hoc ones, refusing duplicate ids across both.
     */
    public static List<FeedConfig> combine(List<FeedConfig> fromFile, List<FeedConfig> adHoc) {
        Map<String, FeedConfig> byId = new HashMap<>();
        List<FeedConfig> all = new ArrayList<>(fromFile);
        all.addAll(adHoc);
        for (FeedConfig feed : all) {
            if (byId.putIfAbsent(feed.id(), feed) != null) {
                throw new FeedsFileException("feed id '" + feed.id() + "' is used twice ("
                        + byId.get(feed.id()).url() + " and " + feed.url() + ")");
            }
        }
        return List.copyOf(all);
    }

    /** One pass over the YAML tokens, keeping the line of every field for error messages. */
    private static final class FeedsFileReader {
        private final Path file;
        private final JsonParser parser;
        private final Map<String, Integer> idLines = new HashMap<>();

        FeedsFileReader(Path file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        List<FeedConfig> read() throws IOException {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw FeedsFileException.at(file, 0, "", "is empty: expected a 'feeds' list");
            }
            expect(first == JsonToken.START_OBJECT, "", "expected a mapping with a 'feeds' list");
            List<FeedConfig> feeds = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                expect(key.equals("feeds"), key, "unknown key (expected 'feeds')");
                expect(parser.nextToken() == JsonToken.START_ARRAY, "feeds", "expected a list of feeds");
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    feeds.add(readFeed());
                }
            }
            return feeds;
        }

        private FeedConfig readFeed() throws IOException {
            int feedLine = line();
            expect(
                    parser.currentToken() == JsonToken.START_OBJECT,
                    "feeds",
                    "each feed must be a mapping with id and url");
            String id = null;
            URI url = null;
            Duration interval = FeedConfig.DEFAULT_INTERVAL;
            String publisher = "";
            String language = "";
            String country = "";
            SourceType sourceType = SourceType.OTHER;
            List<String> labels = List.of();
            boolean fullText = false;
            SourceKind type = SourceKind.FEED;
            Duration maxAge = SitemapReader.DEFAULT_MAX_AGE;
            int maxAgeLine = 0;
            Map<String, String> listing = new HashMap<>();
            Map<String, Integer> listingLines = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                expect(KEYS.contains(key), key, "unknown key (expected one of " + String.join(", ", KEYS) + ")");
                parser.nextToken();
                int line = line();
                try {
                    switch (key) {
                        case "id" -> {
                            id = FeedSettingParsers.id(scalar(key));
                            Integer previous = idLines.putIfAbsent(id, line);
                            expect(
                                    previous == null,
                                    key,
                                    "duplicate id '" + id + "' (first used on line " + previous + ")");
                        }
                        case "url" -> url = FeedSettingParsers.location(scalar(key), baseDir());
                        case "interval" -> interval = FeedSettingParsers.interval(scalar(key));
                        case "publisher" -> publisher = scalar(key);
                        case "language" -> language = FeedSettingParsers.language(scalar(key));
                        case "country" -> country = FeedSettingParsers.country(scalar(key));
                        case "sourceType" -> sourceType = SourceType.of(scalar(key));
                        case "labels" -> labels = labels();
                        case "fullText" -> fullText = bool(key);
                        case "type" -> type = SourceKind.of(scalar(key));
                        case "maxAge" -> {
                            maxAge = FeedSettingParsers.maxAge(scalar(key));
                            maxAgeLine = line;
                        }
                        default -> {
                            listing.put(key, listingValue(key, scalar(key)));
                            listingLines.put(key, line);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw FeedsFileException.at(file, line, key, e.getMessage());
                }
            }
            if (id == null) {
                throw FeedsFileException.at(file, feedLine, "id", "is missing");
            }
            if (url == null) {
                throw FeedsFileException.at(file, feedLine, "url", "is missing for feed '" + id + "'");
            }
            ListingSelectors selectors = listingSelectors(id, type, feedLine, listing, listingLines);
            if (maxAgeLine > 0 && type != SourceKind.SITEMAP) {
                throw FeedsFileException.at(
                        file, maxAgeLine, "maxAge", "only a sitemap (type: sitemap) takes it, not feed '" + id + "'");
            }
            return new FeedConfig(
                    id,
                    url,
                    interval,
                    publisher,
                    language,
                    country,
                    sourceType,
                    labels,
                    fullText,
                    type,
                    selectors,
                    maxAge);
        }

        private static String listingValue(String key, String value) {
            return switch (key) {
                case "links", "next", "title", "date" -> FeedSettingParsers.selector(value);
                case "pages" -> Integer.toString(FeedSettingParsers.pages(value));
                default -> FeedSettingParsers.dateFormat(value);
            };
        }

        /** The listing keys of feed {@code id}, checked against its type: required for html, refused otherwise. */
        private ListingSelectors listingSelectors(
                String id, SourceKind type, int feedLine, Map<String, String> keys, Map<String, Integer> lines) {
            if (type != SourceKind.HTML) {
                keys.keySet().stream().findFirst().ifPresent(key -> {
                    throw FeedsFileException.at(
                            file,
                            lines.get(key),
                            key,
                            "only a listing page (type: html) takes it, not feed '" + id + "'");
                });
                return ListingSelectors.NONE;
            }
            if (!keys.containsKey("links")) {
                throw FeedsFileException.at(
                        file,
                        feedLine,
                        "links",
                        "is missing for listing page '" + id + "' (type: html): a CSS selector of its article "
                                + "links, e.g. 'ul.news a'");
            }
            int pages = Integer.parseInt(keys.getOrDefault("pages", "1"));
            if (pages > 1 && !keys.containsKey("next")) {
                throw FeedsFileException.at(
                        file, lines.get("pages"), "pages", "needs 'next', the selector of the next page's link");
            }
            return new ListingSelectors(
                    keys.get("links"),
                    keys.get("next"),
                    pages,
                    keys.get("title"),
                    keys.get("date"),
                    keys.get("dateFormat"));
        }

        private String scalar(String key) throws IOException {
            JsonToken token = parser.currentToken();
            expect(
                    token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL,
                    key,
                    "expected a single value");
            return parser.getText().trim();
        }

        private boolean bool(String key) throws IOException {
            JsonToken token = parser.currentToken();
            expect(token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE, key, "expected true or false");
            return token == JsonToken.VALUE_TRUE;
        }

        private List<String> labels() throws IOException {
            expect(parser.currentToken() == JsonToken.START_ARRAY, "labels", "expected a list, e.g. [asia, ministry]");
            List<String> labels = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                labels.add(scalar("labels"));
            }
            return labels;
        }

        /** Saved feeds named by a relative path live beside the feeds file. */
        private Path baseDir() {
            Path parent = file.toAbsolutePath().getParent();
            return parent == null ? Path.of("") : parent;
        }

        private int line() {
            return parser.currentTokenLocation().getLineNr();
        }

        private void expect(boolean condition, String field, String problem) {
            if (!condition) {
                throw FeedsFileException.at(file, line(), field, problem);
            }
        }
    }
}
