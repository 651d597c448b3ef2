package io.attache.ingest;

/**
 * Where the articles are on an HTML listing page ({@code type: html} in the feeds file).
 *
 * <p>Each link the {@code links} selector matches is one article. Its <em>item</em> is the largest element
 * around the link that holds no matched link to another URL (typically the link's {@code <li>},
 * {@code <tr>} or {@code <article>}); the {@code title} and {@code date} selectors are applied inside it.
 *
 * @param links      CSS selector of the article links; empty only for sources that are not listings
 * @param next       CSS selector of the link to the next listing page, empty for none
 * @param pages      how many listing pages to read per poll, following {@code next}: 1 to {@link #MAX_PAGES}
 * @param title      CSS selector of the title inside each item, empty to take the link's text
 * @param date       CSS selector of the date inside each item, empty when the listing shows none (the date
 *                   then comes from the article page's {@code <time>} or meta tags)
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern for the listing's dates, e.g.
 *                   {@code dd/MM/yyyy}; empty to read the common forms ({@code 2024-12-04}, {@code 2024年12月4日})
 */
public record ListingSelectors(String links, String next, int pages, String title, String date, String dateFormat) {
    /** The most listing pages read in one poll, so that a wrong {@code next} selector cannot crawl a whole site. */
    public static final int MAX_PAGES = 20;

    /** No listing: the settings of a source that is not an HTML page. */
    public static final ListingSelectors NONE = new ListingSelectors("", "", 1, "", "", "");

    public ListingSelectors {
        links = links == null ? "" : links;
        next = next == null ? "" : next;
        title = title == null ? "" : title;
        date = date == null ? "" : date;
        dateFormat = dateFormat == null ? "" : dateFormat;
        if (pages < 1 || pages > MAX_PAGES) {
            throw new IllegalArgumentException("pages must be 1 to " + MAX_PAGES + ", was " + pages);
        }
    }

    /** Only the links selector, one page. */
    public static ListingSelectors of(String links) {
        return new ListingSelectors(links, "", 1, "", "", "");
    }
}
