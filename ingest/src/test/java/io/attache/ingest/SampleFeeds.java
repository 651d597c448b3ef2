package io.attache.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Feed documents for tests. */
final class SampleFeeds {
    private SampleFeeds() {}

    /** An RSS 2.0 feed of {@code count} entries linking to {@code base}/news/{i}.html. */
    static String rss(String base, int count) {
        return rss(base, 0, count);
    }

    /** An RSS 2.0 feed of entries {@code from} (inclusive) to {@code to} (exclusive). */
    static String rss(String base, int from, int to) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i < to; i++) {
            items.append(item(
                    base + "/news/" + i + ".html",
                    "Statement " + i,
                    "<p>Paragraph one of " + i + ".</p><p>Paragraph two.</p>",
                    Instant.parse("2024-01-10T08:00:00Z").plusSeconds(3600L * i)));
        }
        return wrap(items.toString());
    }

    static String item(String link, String title, String html, Instant published) {
        return "<item><title>" + escape(title) + "</title><link>" + escape(link) + "</link><guid>" + escape(link)
                + "</guid><description>" + escape(html) + "</description><pubDate>"
                + DateTimeFormatter.RFC_1123_DATE_TIME.format(published.atOffset(ZoneOffset.UTC)) + "</pubDate></item>";
    }

    static String wrap(String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Ministry News</title>"
                + "<link>http://127.0.0.1/</link><description>News</description><language>en</language>"
                + items + "</channel></rss>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
