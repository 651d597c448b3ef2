package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.attache.model.SourceType;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsFileTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("feeds.yaml"), yaml);
    }

    @Test
    void readsEveryFieldOfAFeed() throws IOException {
        Path file = write("""
                feeds:
                  - id: cn-mfa
                    url: https://www.mfa.gov.cn/eng/rss.xml
                    interval: 10m
                    publisher: Ministry of Foreign Affairs of the PRC
                    language: en
                    country: CHN
                    sourceType: government
                    labels: [asia, ministry]
                    fullText: true
                """);

        assertThat(FeedsFile.load(file))
                .containsExactly(new FeedConfig(
                        "cn-mfa",
                        URI.create("https://www.mfa.gov.cn/eng/rss.xml"),
                        Duration.ofMinutes(10),
                        "Ministry of Foreign Affairs of the PRC",
                        "en",
                        "CHN",
                        SourceType.GOVERNMENT,
                        List.of("asia", "ministry"),
                        true,
                        SourceKind.FEED,
                        ListingSelectors.NONE,
                        SitemapReader.DEFAULT_MAX_AGE));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/rss\n");

        assertThat(FeedsFile.load(file)).containsExactly(FeedConfig.of("a", URI.create("http://example.org/rss")));
    }

    @Test
    void unknownSourceTypeIsRefusedWithFileLineFieldAndTheValidNames() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/rss\n    sourceType: ministry\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":4: field 'sourceType': 'ministry' is not a source type")
                .hasMessageContaining(
                        "government, embassy, state_media, news_agency, independent_media, international_org, other");
    }

    @Test
    void readsAListingPageWithItsSelectors() throws IOException {
        Path file = write("""
                feeds:
                  - id: kh-mfa
                    url: https://mfa.example.org/news
                    type: html
                    links: ul.news a.title
                    next: a[rel=next]
                    pages: 3
                    title: h3
                    date: span.date
                    dateFormat: dd/MM/yyyy
                """);

        FeedConfig listing = FeedsFile.load(file).get(0);

        assertThat(listing.type()).isEqualTo(SourceKind.HTML);
        assertThat(listing.listing())
                .isEqualTo(new ListingSelectors("ul.news a.title", "a[rel=next]", 3, "h3", "span.date", "dd/MM/yyyy"));
    }

    @Test
    void aListingPageAlwaysFetchesItsArticlePages() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/news\n    type: html\n    links: a\n");

        assertThat(FeedsFile.load(file).get(0).fullText()).isTrue();
    }

    @Test
    void readsASitemapWithItsMaxAgeAndFetchesItsArticlePages() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/sitemap.xml\n    type: sitemap\n"
                + "    maxAge: 36h\n");

        FeedConfig sitemap = FeedsFile.load(file).get(0);

        assertThat(sitemap.type()).isEqualTo(SourceKind.SITEMAP);
        assertThat(sitemap.maxAge()).isEqualTo(Duration.ofHours(36));
        assertThat(sitemap.fullText()).isTrue();
    }

    @Test
    void aSitemapWithoutMaxAgeReadsTheLastTwoDays() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/sitemap.xml\n    type: sitemap\n");

        assertThat(FeedsFile.load(file).get(0).maxAge()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void maxAgeOnAFeedIsRefused() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/rss\n    maxAge: 2d\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":4: field 'maxAge': only a sitemap (type: sitemap) takes it");
    }

    @Test
    void aMaxAgeOfZeroIsRefused() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/s.xml\n    type: sitemap\n    maxAge: 0s\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":5: field 'maxAge': '0s' is not a positive duration");
    }

    @Test
    void unknownTypeIsRefusedWithFileLineFieldAndTheValidNames() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/news\n    type: webpage\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":4: field 'type': 'webpage' is not a source type")
                .hasMessageContaining("feed, html, sitemap");
    }

    @Test
    void aListingPageWithoutLinksSelectorIsRefusedNamingTheFeed() throws IOException {
        Path file = write("feeds:\n  - id: kh-mfa\n    url: http://example.org/news\n    type: html\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":2: field 'links': is missing for listing page 'kh-mfa'");
    }

    @Test
    void listingKeysOnAFeedAreRefused() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/rss\n    links: a\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":4: field 'links': only a listing page (type: html) takes it");
    }

    @Test
    void aSelectorJsoupCannotReadIsRefused() throws IOException {
        Path file =
                write("feeds:\n  - id: a\n    url: http://example.org/news\n    type: html\n    links: 'ul >> a['\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":5: field 'links': 'ul >> a[' is not a CSS selector");
    }

    @Test
    void tooManyPagesAreRefused() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/news\n    type: html\n    links: a\n"
                + "    next: a.next\n    pages: 50\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":7: field 'pages': '50' is not a number of pages from 1 to 20");
    }

    @Test
    void aDatePatternWithoutADayIsRefused() throws IOException {
        Path file = write(
                "feeds:\n  - id: a\n    url: http://example.org/news\n    type: html\n    links: a\n    dateFormat: HH:mm\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":6: field 'dateFormat': 'HH:mm' needs a year");
    }

    @Test
    void unknownKeyIsRefusedWithFileLineAndField() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: http://example.org/rss\n    intervall: 5m\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageStartingWith(file + ":4: field 'intervall': unknown key");
    }

    @Test
    void badUrlIsRefusedWithFileLineAndField() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: ftp://example.org/rss\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .hasMessageStartingWith(file + ":3: field 'url':")
                .hasMessageContaining("not an http, https or file URL");
    }

    @Test
    void duplicateIdIsRefusedNamingBothLines() throws IOException {
        Path file =
                write("feeds:\n  - id: a\n    url: http://example.org/1\n  - id: a\n    url: http://example.org/2\n");

        assertThatThrownBy(() -> FeedsFile.load(file))
                .hasMessageStartingWith(file + ":4: field 'id': duplicate id 'a'")
                .hasMessageContaining("line 2");
    }

    @Test
    void missingUrlIsRefused() throws IOException {
        Path file = write("feeds:\n  - id: a\n    interval: 5m\n");

        assertThatThrownBy(() -> FeedsFile.load(file)).hasMessageStartingWith(file + ":2: field 'url': is missing");
    }

    @Test
    void badCountryAndIntervalAreRefused() throws IOException {
        Path country = write("feeds:\n  - id: a\n    url: http://example.org/1\n    country: China\n");
        assertThatThrownBy(() -> FeedsFile.load(country)).hasMessageStartingWith(country + ":4: field 'country':");

        Path interval = write("feeds:\n  - id: a\n    url: http://example.org/1\n    interval: often\n");
        assertThatThrownBy(() -> FeedsFile.load(interval)).hasMessageStartingWith(interval + ":4: field 'interval':");
    }

    @Test
    void relativePathInTheFileNamesASavedFeedBesideIt() throws IOException {
        Path saved = Files.writeString(dir.resolve("saved.xml"), SampleFeeds.rss("http://x", 1));
        Path file = write("feeds:\n  - id: a\n    url: saved.xml\n");

        assertThat(FeedsFile.load(file).get(0).url()).isEqualTo(saved.toUri());
    }

    @Test
    void missingSavedFeedIsRefusedWithFileLineAndField() throws IOException {
        Path file = write("feeds:\n  - id: a\n    url: missing.xml\n");

        assertThatThrownBy(() -> FeedsFile.load(file)).hasMessageStartingWith(file + ":3: field 'url': no such file");
    }

    @Test
    void adHocPathBecomesAFileFeedNamedAfterTheFile() throws IOException {
        Path saved = Files.writeString(dir.resolve("mfa-backup.xml"), SampleFeeds.rss("http://x", 1));

        FeedConfig feed = FeedsFile.adHoc(List.of(saved.toString())).get(0);

        assertThat(feed.id()).isEqualTo("file-mfa-backup");
        assertThat(feed.url()).isEqualTo(saved.toUri());
    }

    @Test
    void adHocUrlGetsAnIdFromHostAndPath() {
        FeedConfig feed =
                FeedsFile.adHoc(List.of("https://www.gov.example/en/rss.xml")).get(0);

        assertThat(feed.id()).isEqualTo("www.gov.example-en-rss.xml");
    }

    @Test
    void adHocMissingFileIsRefused() {
        assertThatThrownBy(() -> FeedsFile.adHoc(List.of(dir.resolve("nope.xml").toString())))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageContaining("no such file");
    }
}
