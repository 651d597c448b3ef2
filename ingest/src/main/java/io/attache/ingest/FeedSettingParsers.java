package io.attache.ingest;

import io.attache.model.DurationText;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.select.QueryParser;

/** Parses and checks the values a feed setting may take; each method returns why a value is refused. */
final class FeedSettingParsers {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    private FeedSettingParsers() {}

    /** A poll interval: a {@link DurationText} of at least one second. */
    static Duration interval(String text) {
        Duration duration = DurationText.parse(text);
        if (duration.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("'" + text + "' is too short: at least 1s");
        }
        return duration;
    }

    /** A sitemap's {@code maxAge}: a positive duration such as {@code 36h} or {@code 7d}. */
    static Duration maxAge(String text) {
        Duration duration = DurationText.parse(text);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("'" + text + "' is not a positive duration, e.g. 2d");
        }
        return duration;
    }

    /** An absolute {@code http}, {@code https} or {@code file} URL. */
    static URI feedUrl(String text) {
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        switch (scheme) {
            case "http", "https" -> {
                if (uri.getHost() == null || uri.getHost().isEmpty()) {
                    throw new IllegalArgumentException("'" + text + "' has no host");
                }
            }
            case "file" -> {
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    throw new IllegalArgumentException("'" + text + "' names no file");
                }
            }
            default -> throw new IllegalArgumentException("'" + text + "' is not an http, https or file URL");
        }
        return uri;
    }

    /** A CSS selector as jsoup reads it, e.g. {@code ul.news li > a}. */
    static String selector(String text) {
        try {
            QueryParser.parse(text);
            return text;
        } catch (IllegalStateException e) {
            // jsoup's SelectorParseException is an IllegalStateException
            throw new IllegalArgumentException("'" + text + "' is not a CSS selector: " + e.getMessage());
        }
    }

    /** How many listing pages to read: 1 to {@link ListingSelectors#MAX_PAGES}. */
    static int pages(String text) {
        try {
            int pages = Integer.parseInt(text);
            if (pages >= 1 && pages <= ListingSelectors.MAX_PAGES) {
                return pages;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not a number of pages from 1 to " + ListingSelectors.MAX_PAGES);
    }

    /** A {@link DateTimeFormatter} pattern with a year, month and day, e.g. {@code dd/MM/yyyy}. */
    static String dateFormat(String text) {
        try {
            DateTimeFormatter.ofPattern(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a date pattern such as dd/MM/yyyy: " + e.getMessage());
        }
        if (!(text.contains("y") || text.contains("u")) || !text.contains("M") || !text.contains("d")) {
            throw new IllegalArgumentException("'" + text + "' needs a year (yyyy), a month (MM) and a day (dd)");
        }
        return text;
    }

    static String id(String text) {
        if (!ID.matcher(text).matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a valid id: letters, digits, '.', '_', '-' (at most 128)");
        }
        return text;
    }

    static String country(String text) {
        if (!COUNTRY.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an ISO 3166-1 alpha-3 code such as CHN");
        }
        return text;
    }

    static String language(String text) {
        if (!LANGUAGE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a language tag such as en or zh-CN");
        }
        return text;
    }

    /**
     * Where a feed is: an http(s) or file URL, or the path of a saved feed (which must exist), relative
     * paths resolved against {@code baseDir}.
     */
    static URI location(String value, Path baseDir) {
        if (value.matches("(?i)[a-z][a-z0-9+.-]*:.*") && !value.matches("(?i)[a-z]:[\\\\/].*")) {
            return feedUrl(value);
        }
        Path file = baseDir.resolve(value.trim()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file " + file);
        }
        return file.toUri();
    }

    /**
     * A {@code --feed} value (see {@link #location}), its id derived from the URL's host and path, or from the
     * file name.
     */
    static FeedConfig adHoc(String value) {
        URI url = location(value, Path.of(""));
        if (!"file".equalsIgnoreCase(url.getScheme())) {
            String path = url.getPath() == null ? "" : url.getPath();
            return FeedConfig.of(slug(url.getHost() + path), url);
        }
        Path file = Path.of(url);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file " + file);
        }
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return FeedConfig.of(slug("file-" + name), url);
    }

    /** A feed id made from a title or a URL's host and path: lower case, runs of other chars as one '-'. */
    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("(^-+)|(-+$)", "");
        return slug.length() > 128 ? slug.substring(0, 128) : slug;
    }
}
