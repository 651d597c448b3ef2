package io.attache.enrich;

import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.LanguageSource;
import io.attache.model.SourceType;
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

    /** The title of the release in {@link #RELEASE_TEXT}. */
    public static final String RELEASE_TITLE = "Wang Yi Holds Talks with Prak Sokhonn";

    private TestArticles() {}

    /** The release as a wire service syndicates it: a "Xinhua |" prefix, a changed date phrase, an editor's line. */
    public static Article syndicatedCopy(String id, Instant published) {
        return article(
                id,
                "Xinhua | " + RELEASE_TITLE,
                RELEASE_TEXT.replace("On 12 March,", "On Tuesday,") + "\n\nEditor: Li Ming",
                published);
    }

    public static Article article(String id, String title, String text) {
        return article(id, title, text, Instant.parse("2024-03-12T08:00:00Z"));
    }

    public static Article article(String id, String title, String text, Instant published) {
        return article(
                id,
                title,
                text,
                published,
                new FeedRef("test-feed", "https://example.org/rss", "", "", "", SourceType.OTHER));
    }

    /** An article from {@code feed}. */
    public static Article article(String id, String title, String text, Instant published, FeedRef feed) {
        return new Article(
                Article.SCHEMA,
                id,
                "",
                "https://example.org/" + id,
                title,
                text,
                "",
                published,
                false,
                List.of(),
                List.of(),
                "en",
                feed,
                published.plusSeconds(60),
                contentHash(title, text),
                TextSource.FEED,
                LanguageSource.FEED);
    }

    public static String contentHash(String title, String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest((title + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
