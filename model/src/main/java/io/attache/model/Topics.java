package io.attache.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every topic name Attaché reads or writes, in one place. All share a prefix ({@code news} by default)
 * so that several deployments can share a cluster.
 */
public final class Topics {
    /** The prefix used when none is configured. */
    public static final String DEFAULT_PREFIX = "news";

    private static final Pattern VALID_PREFIX = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern VALID_THEME = Pattern.compile("[a-z0-9_]+");
    private static final Pattern VALID_COUNTRY = Pattern.compile("[A-Z]{3}");

    private final String prefix;

    public Topics(String prefix) {
        if (prefix == null || !VALID_PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException(
                    "topic prefix '" + prefix + "' is not valid: use letters, digits, '.', '_' or '-'");
        }
        this.prefix = prefix;
    }

    /** Topics under the default {@code news} prefix. */
    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX);
    }

    public String prefix() {
        return prefix;
    }

    /** Normalised articles from ingest, keyed by article id. */
    public String articles() {
        return prefix + ".articles";
    }

    /** Compacted per-feed fetch state, keyed by feed id. */
    public String feedState() {
        return prefix + ".feed-state";
    }

    /** Every unique, tagged article. */
    public String enriched() {
        return prefix + ".enriched";
    }

    /** Unique articles tagged with one theme, e.g. {@code news.theme.agriculture}. */
    public String theme(String themeId) {
        if (themeId == null || !VALID_THEME.matcher(themeId).matches()) {
            throw new IllegalArgumentException("theme id '" + themeId + "' is not valid: use a-z, 0-9 and '_'");
        }
        return prefix + ".theme." + themeId;
    }

    /** The prefix shared by all per-theme topics, for subscribing by pattern. */
    public Pattern themePattern() {
        return Pattern.compile(Pattern.quote(prefix + ".theme.") + "[a-z0-9_]+");
    }

    /** Unique articles about one watched pair of countries, e.g. {@code news.dyad.CHN-KHM}; order-insensitive. */
    public String dyad(String countryA, String countryB) {
        String a = countryA == null ? "" : countryA.toUpperCase(Locale.ROOT);
        String b = countryB == null ? "" : countryB.toUpperCase(Locale.ROOT);
        if (!VALID_COUNTRY.matcher(a).matches() || !VALID_COUNTRY.matcher(b).matches() || a.equals(b)) {
            throw new IllegalArgumentException("dyad '" + countryA + "-" + countryB
                    + "' is not valid: use two different ISO 3166-1 alpha-3 codes");
        }
        return a.compareTo(b) < 0 ? prefix + ".dyad." + a + "-" + b : prefix + ".dyad." + b + "-" + a;
    }

    /** Compacted stories (events and their reports), keyed by story id. */
    public String stories() {
        return prefix + ".stories";
    }

    /** Articles dropped as duplicates, with the reason. */
    public String duplicates() {
        return prefix + ".duplicates";
    }

    /** Records that could not be read or failed validation, with headers naming the error and source. */
    public String deadLetters() {
        return prefix + ".dlq";
    }
}
