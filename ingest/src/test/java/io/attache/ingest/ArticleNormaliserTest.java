package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.attache.model.Article;
import io.attache.model.SourceType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleNormaliserTest {
    private static final URI FEED_URL = URI.create("https://www.mfa.example/eng/rss.xml");
    private static final Instant FETCHED = Instant.parse("2024-02-01T12:00:00Z");
    private static final FeedConfig FEED = new FeedConfig(
            "cn-mfa", FEED_URL, null, "MFA", "en", "CHN", SourceType.GOVERNMENT, List.of(), false, null, null, null);

    private static List<Article> normalise(String items) throws FeedParseException {
        ParsedFeed parsed = new FeedParser().parse(SampleFeeds.wrap(items).getBytes(StandardCharsets.UTF_8), "");
        return new ArticleNormaliser().normalise(FEED, parsed, FEED_URL, FEED_URL, FETCHED);
    }

    @Test
    void mapsEveryField() throws Exception {
        Article a = normalise("""
                <item><title>Talks &amp;amp; more</title><link>news/1.html?utm_source=rss</link><guid isPermaLink="false">g-1</guid>
                <description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two.&lt;/p&gt;</description><author>press@mfa.example (Press)</author>
                <category>Asia</category><pubDate>Wed, 10 Jan 2024 08:30:00 GMT</pubDate></item>""").get(0);

        assertThat(a.schema()).isEqualTo(Article.SCHEMA);
        assertThat(a.guid()).isEqualTo("g-1");
        assertThat(a.url()).isEqualTo("https://www.mfa.example/eng/news/1.html");
        assertThat(a.title()).isEqualTo("Talks & more");
        assertThat(a.text()).isEqualTo("One.\n\nTwo.");
        assertThat(a.summary()).isEqualTo("One.\n\nTwo.");
        assertThat(a.published()).isEqualTo(Instant.parse("2024-01-10T08:30:00Z"));
        assertThat(a.publishedInferred()).isFalse();
        assertThat(a.categories()).containsExactly("Asia");
        assertThat(a.authors()).containsExactly("press@mfa.example (Press)");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.feed().id()).isEqualTo("cn-mfa");
        assertThat(a.feed().title()).isEqualTo("Ministry News");
        assertThat(a.feed().country()).isEqualTo("CHN");
        assertThat(a.feed().sourceType()).isEqualTo(SourceType.GOVERNMENT);
        assertThat(a.fetchedAt()).isEqualTo(FETCHED);
        assertThat(a.contentHash()).isEqualTo(ArticleIds.contentHash("Talks & more", "One.\n\nTwo."));
    }

    @Test
    void idIsTheSameForTheSameArticleReachedByDifferentLinks() throws Exception {
        List<Article> one =
                normalise("<item><title>A</title><link>https://WWW.mfa.example/a?utm_medium=x#top</link></item>");
        List<Article> two =
                normalise("<item><title>A, edited</title><link>https://www.mfa.example:443/a</link></item>");

        assertThat(one.get(0).id()).isEqualTo(two.get(0).id()).hasSize(32);
    }

    @Test
    void idOfAGivenUrlNeverChangesBetweenVersions() throws Exception {
        Article a = normalise("<item><title>A</title><link>https://www.mfa.example/eng/news/1.html</link></item>")
                .get(0);

        // First 128 bits of SHA-256 of "url\n" + the canonical URL; a change here would re-key every article.
        assertThat(a.id()).isEqualTo("f7bbf247912f84bafbe814d533b0bfbc");
    }

    @Test
    void withoutLinkTheIdComesFromFeedAndGuid() throws Exception {
        String id1 = normalise("<item><title>A</title><guid isPermaLink=\"false\">g-1</guid></item>")
                .get(0)
                .id();
        String id2 = normalise("<item><title>B</title><guid isPermaLink=\"false\">g-1</guid></item>")
                .get(0)
                .id();

        assertThat(id1).isEqualTo(id2).isEqualTo(ArticleIds.of("", "cn-mfa", "g-1", "", ""));
    }

    @Test
    void withoutLinkOrGuidTheIdComesFromTitleAndText() throws Exception {
        Article a = normalise("<item><title>A</title><description>Text</description></item>")
                .get(0);

        assertThat(a.url()).isEmpty();
        assertThat(a.guid()).isEmpty();
        assertThat(a.id()).isEqualTo(ArticleIds.of("", "cn-mfa", "", "A", "Text"));
    }

    @Test
    void entryWithNothingButTextStillBecomesAnArticle() throws Exception {
        Article a =
                normalise("<item><description>Only text</description></item>").get(0);

        assertThat(a.title()).isEmpty();
        assertThat(a.text()).isEqualTo("Only text");
        assertThat(a.publishedInferred()).isTrue();
        assertThat(a.published()).isEqualTo(FETCHED);
    }

    @Test
    void dateRomeCannotReadIsReadByTheFallback() throws Exception {
        Article a = normalise("<item><title>A</title><link>http://x.example/a</link>"
                        + "<pubDate>Wed, 10 Jan 2024 16:30:00 GMT+0800</pubDate></item>")
                .get(0);

        assertThat(a.published()).isEqualTo(Instant.parse("2024-01-10T08:30:00Z"));
        assertThat(a.publishedInferred()).isFalse();
    }

    @Test
    void dateWithoutZoneIsUtcWhateverTheJvmTimeZone() throws Exception {
        java.util.TimeZone original = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
        try {
            Article a = normalise("<item xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><title>A</title>"
                            + "<link>http://x.example/a</link><dc:date>2024-01-10T08:30:00</dc:date></item>")
                    .get(0);

            assertThat(a.published()).isEqualTo(Instant.parse("2024-01-10T08:30:00Z"));
        } finally {
            java.util.TimeZone.setDefault(original);
        }
    }

    @Test
    void absurdDatesAreReplacedByTheFetchTime() throws Exception {
        List<Article> articles = normalise(
                "<item><title>A</title><link>http://x.example/a</link><pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item>"
                        + "<item><title>B</title><link>http://x.example/b</link><pubDate>Fri, 01 Jan 2100 00:00:00 GMT</pubDate></item>"
                        + "<item><title>C</title><link>http://x.example/c</link><pubDate>not a date</pubDate></item>");

        assertThat(articles).allSatisfy(a -> {
            assertThat(a.publishedInferred()).isTrue();
            assertThat(a.published()).isEqualTo(FETCHED);
        });
    }

    @Test
    void duplicateEntriesInOneResponseArePublishedOnce() throws Exception {
        String item = "<item><title>A</title><link>http://x.example/a</link></item>";

        assertThat(normalise(item + item + "<item><title>A</title><link>http://x.example/a?utm_source=x</link></item>"))
                .hasSize(1);
    }

    @Test
    void contentIsPreferredToDescriptionForText() throws Exception {
        Article a = normalise("<item xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><title>A</title>"
                        + "<link>http://x.example/a</link><description>Short</description>"
                        + "<content:encoded><![CDATA[<p>Long one.</p><p>Long two.</p>]]></content:encoded></item>")
                .get(0);

        assertThat(a.text()).isEqualTo("Long one.\n\nLong two.");
        assertThat(a.summary()).isEqualTo("Short");
    }
}
