package io.attache.enrich;

import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.TextSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** Articles for tests, with a content hash computed from title and text as ingest does. */
public final class TestArticles {
    /** A bilateral release long enough for a meaningful fingerprint. */
    public static final String RELEASE_TEXT = """
            On 12 March, Foreign Minister Wang Yi held talks in Beijing with Cambodian Deputy Prime Minister and \
            Foreign Minister Prak Sokhonn. Wang Yi said that China and Cambodia are ironclad friends and that the \
            two sides should deepen the Fish and Rice Corridor, expand agricultural trade and speed up work on the \
            Funan Techo Canal. Prak Sokhonn said Cambodia firmly adheres to the one-China policy and thanked China \
            for its support in mine clearance, health and education. The two sides agreed to hold the next round of \
            political consultations in Phnom Penh and to promote people-to-people exchanges, tourism and \
            scholarships for Cambodian students.""";

    private TestArticles() {
    }

    public static Article article(String id, String title, String text) {
        return article(id, title, text, Instant.parse("2024-03-12T08:00:00Z"));
    }

    public static Article article(String id, String title, String text, Instant published) {
        return new Article(Article.SCHEMA, id, "", "https://example.org/" + id, title, text, "", published, false,
                List.of(), List.of(), "en", new FeedRef("test-feed", "https://example.org/rss", "", "", ""),
                published.plusSeconds(60), contentHash(title, text), TextSource.FEED);
    }

    public static String contentHash(String title, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
