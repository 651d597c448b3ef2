package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlFeedsTest {
    @TempDir
    Path dir;

    private Path write(String opml) throws IOException {
        return Files.writeString(dir.resolve("subscriptions.opml"), opml);
    }

    @Test
    void everyOutlineWithAFeedUrlAtAnyDepthIsAFeedNamedByItsTitle() throws IOException {
        Path file = write("""
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Mine</title></head><body>
                  <outline text="Asia">
                    <outline type="rss" text="MFA Press" title="MFA Press" xmlUrl="https://mfa.example/rss.xml" language="en"/>
                    <outline type="rss" text="Wire" xmlUrl="https://wire.example/atom"/>
                  </outline>
                  <outline text="A folder without a feed"/>
                </body></opml>""");

        assertThat(OpmlFeeds.read(file))
                .extracting(FeedConfig::id, FeedConfig::url, FeedConfig::language)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "mfa-press", URI.create("https://mfa.example/rss.xml"), "en"),
                        org.assertj.core.groups.Tuple.tuple("wire", URI.create("https://wire.example/atom"), ""));
    }

    @Test
    void feedsOfTheSameNameGetDistinctIds() throws IOException {
        Path file = write("""
                <opml version="1.0"><body>
                  <outline text="News" xmlUrl="https://a.example/rss"/><outline text="News" xmlUrl="https://b.example/rss"/>
                </body></opml>""");

        assertThat(OpmlFeeds.read(file)).extracting(FeedConfig::id).containsExactly("news", "news-2");
    }

    @Test
    void writtenOpmlReadsBackToTheSameFeeds() throws IOException {
        List<FeedConfig> feeds =
                List.of(FeedConfig.of("mfa-press", URI.create("https://mfa.example/rss.xml?lang=en&x=1")));
        Path file = Files.writeString(dir.resolve("out.opml"), OpmlFeeds.write(feeds, "Attaché feeds"));

        assertThat(OpmlFeeds.read(file))
                .extracting(FeedConfig::id, FeedConfig::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "mfa-press", URI.create("https://mfa.example/rss.xml?lang=en&x=1")));
    }

    @Test
    void aListingPageIsWrittenAsALinkThatNoReaderPollsAsAFeed() throws IOException {
        FeedConfig listing =
                FeedConfig.of("kh-mfa", URI.create("https://mfa.example/news")).withListing(ListingSelectors.of("a"));
        Path file = Files.writeString(dir.resolve("out.opml"), OpmlFeeds.write(List.of(listing), "Attaché feeds"));

        assertThat(Files.readString(file)).contains("type=\"link\"").contains("url=\"https://mfa.example/news\"");
        assertThat(OpmlFeeds.read(file)).isEmpty();
    }

    @Test
    void aFileThatIsNotOpmlIsRefusedNamingIt() throws IOException {
        Path file = write("<rss version=\"2.0\"><channel/></rss>");

        assertThatThrownBy(() -> OpmlFeeds.read(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not OPML");
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path file = write("<!DOCTYPE opml [<!ENTITY x \"y\">]><opml><body/></opml>");

        assertThatThrownBy(() -> OpmlFeeds.read(file))
                .isInstanceOf(FeedsFileException.class)
                .hasMessageContaining(file.toString());
    }
}
