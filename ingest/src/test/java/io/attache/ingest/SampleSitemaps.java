package io.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;

/** Sitemap documents for tests, and the invented Valmora ministry's sitemaps under test resources. */
final class SampleSitemaps {
    private SampleSitemaps() {}

    /** A {@code <urlset>} of the given {@code <url>} elements, with the news namespace declared. */
    static String urlset(String... urls) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + String.join("", urls) + "</urlset>";
    }

    /** A {@code <url>}, without {@code <lastmod>} when {@code lastmod} is empty. */
    static String url(String loc, String lastmod) {
        return "<url><loc>" + loc + "</loc>" + lastmod(lastmod) + "</url>";
    }

    /** A {@code <url>} with a lastmod and a news extension of the given publication date, in English. */
    static String newsUrl(String loc, String lastmod, String publicationDate) {
        return "<url><loc>" + loc + "</loc>" + lastmod(lastmod) + "<news:news><news:publication><news:name>MFA"
                + "</news:name><news:language>en</news:language></news:publication><news:publication_date>"
                + publicationDate + "</news:publication_date><news:title>Statement</news:title></news:news></url>";
    }

    /** A {@code <sitemapindex>} of the given {@code <sitemap>} elements. */
    static String index(String... sitemaps) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" + String.join("", sitemaps)
                + "</sitemapindex>";
    }

    /** A {@code <sitemap>} of an index, without {@code <lastmod>} when {@code lastmod} is empty. */
    static String child(String loc, String lastmod) {
        return "<sitemap><loc>" + loc + "</loc>" + lastmod(lastmod) + "</sitemap>";
    }

    /** One of the Valmora ministry's sitemaps, its {@code {{site}}} replaced by {@code site}. */
    static String valmora(String file, String site) {
        try (InputStream in = SampleSitemaps.class.getResourceAsStream("/sitemaps/valmora/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource sitemaps/valmora/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{site}}", site);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A successful fetch of {@code url} that gave {@code body}. */
    static FetchResponse fetched(URI url, byte[] body) {
        return new FetchResponse(
                FetchOutcome.OK, body, "application/xml", "", "", url, url, Duration.ZERO, Duration.ZERO, "200");
    }

    static FetchResponse fetched(URI url, String body) {
        return fetched(url, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String lastmod(String lastmod) {
        return lastmod.isEmpty() ? "" : "<lastmod>" + lastmod + "</lastmod>";
    }
}
