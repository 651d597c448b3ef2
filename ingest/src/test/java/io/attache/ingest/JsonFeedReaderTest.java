package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.Article;
import io.attache.model.LanguageSource;
import io.attache.model.SourceType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonFeedReaderTest {
    private static final URI FEED_URL = URI.create("https://www.mfa.example/feed.json");
    private static final Instant FETCHED = Instant.parse("2024-02-01T12:00:00Z");
    private static final FeedConfig FEED = FeedConfig.of("mfa-json", FEED_URL);
    private static final String FEED_1_1 = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "MFA News", "home_page_url": "https://www.mfa.example/",
             "language": "en", "authors": [{"name": "Press Office"}],
             "items": [
               {"id": "2024-001", "url": "https://www.mfa.example/news/1.html?utm_source=json",
                "title": "Wang Yi Meets Prak Sokhonn", "content_html": "<p>One.</p><p>Two.</p>",
                "summary": "They met.", "date_published": "2024-01-10T16:30:00+08:00", "tags": ["Asia", "Cambodia"]},
               {"id": "2024-002", "external_url": "https://wire.example/story", "title": "Réunion à Paris",
                "content_text": "Les ministres se sont entretenus.", "language": "fr",
                "authors": [{"name": "Bureau de presse"}]}
             ]}""";

    private static List<Article> normalise(String json) throws FeedParseException {
        ParsedFeed parsed = new FeedParser().parse(json.getBytes(StandardCharsets.UTF_8), "application/feed+json");
        return new ArticleNormaliser().normalise(FEED, parsed, FEED_URL, FEED_URL, FETCHED);
    }

    @Test
    void aJsonFeedItemBecomesAnArticleLikeAnyFeedEntry() throws Exception {
        Article a = normalise(FEED_1_1).get(0);

        assertThat(a.guid()).isEqualTo("2024-001");
        assertThat(a.url()).isEqualTo("https://www.mfa.example/news/1.html");
        assertThat(a.title()).isEqualTo("Wang Yi Meets Prak Sokhonn");
        assertThat(a.text()).isEqualTo("One.\n\nTwo.");
        assertThat(a.summary()).isEqualTo("They met.");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-01-10T08:30:00Z"));
        assertThat(a.categories()).containsExactly("Asia", "Cambodia");
        assertThat(a.authors()).containsExactly("Press Office");
        assertThat(a.feed().title()).isEqualTo("MFA News");
        assertThat(a.feed().sourceType()).isEqualTo(SourceType.OTHER);
    }

    @Test
    void anItemsOwnLanguageLinkAndAuthorsComeBeforeTheFeeds() throws Exception {
        Article a = normalise(FEED_1_1).get(1);

        assertThat(a.url()).isEqualTo("https://wire.example/story");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.languageSource()).isEqualTo(LanguageSource.ENTRY);
        assertThat(a.authors()).containsExactly("Bureau de presse");
        assertThat(a.text()).isEqualTo("Les ministres se sont entretenus.");
    }

    @Test
    void jsonWithoutAJsonFeedVersionIsNotAFeed() {
        assertThatThrownBy(() -> normalise("{\"items\": []}"))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.NOT_A_FEED))
                .hasMessageContaining("JSON Feed version");
    }

    @Test
    void brokenJsonIsMalformedJson() {
        assertThatThrownBy(() -> normalise("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [ {"))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.MALFORMED_JSON));
    }

    @Test
    void itemsThatAreNotAnArrayOfObjectsAreMalformedJson() {
        assertThatThrownBy(() -> normalise("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [\"x\"]}"))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.MALFORMED_JSON))
                .hasMessageContaining("item 1");
    }
}
