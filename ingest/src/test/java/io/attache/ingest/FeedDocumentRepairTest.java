package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rometools.rome.feed.synd.SyndFeed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The documents ROME alone refuses or crashes on, read through {@link FeedParser} after the repair. */
class FeedDocumentRepairTest {
    private static SyndFeed parse(String xml) throws FeedParseException {
        return new FeedParser().parse(xml.getBytes(StandardCharsets.UTF_8), "").feed();
    }

    @Test
    void atomFeedInAPreStandardNamespaceIsReadAsAtom03() throws Exception {
        SyndFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/echo/"><title>Echo</title>
                <entry><title>First</title><link rel="alternate" href="http://example.org/1"/></entry></feed>""");

        assertThat(feed.getFeedType()).isEqualTo("atom_0.3");
        assertThat(feed.getTitle()).isEqualTo("Echo");
        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("First"));
    }

    @Test
    void prefixedAtomFeedInAPreStandardNamespaceKeepsItsPrefix() throws Exception {
        SyndFeed feed = parse("""
                <a:feed version="0.3" xmlns:a="http://purl.org/pie/"><a:title>Pie</a:title></a:feed>""");

        assertThat(feed.getTitle()).isEqualTo("Pie");
    }

    @Test
    void atomFeedWithoutNamespaceIsReadAsAtom10() throws Exception {
        SyndFeed feed = parse("""
                <feed xmlns:x="http://example.org/x"><entry><id x:a="b">urn:one</id><title>One</title></entry></feed>""");

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getUri()).isEqualTo("urn:one"));
    }

    @Test
    void atom03Base64TitleAndContentAreDecodedDespiteLineBreaks() throws Exception {
        SyndFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
                  <title mode="base64">
                    RXhhbXBsZSA8Yj5BdG9tPC9iPg==
                  </title>
                  <content type="text/html" mode="base64">PHA+
                  SGVsbG88L3A+</content>
                </entry></feed>""");

        assertThat(feed.getEntries()).singleElement().satisfies(e -> {
            assertThat(e.getTitle()).isEqualTo("Example <b>Atom</b>");
            assertThat(e.getContents())
                    .singleElement()
                    .satisfies(c -> assertThat(c.getValue()).isEqualTo("<p>Hello</p>"));
        });
    }

    @Test
    void atom03TextMarkedBase64ThatIsNotBase64IsKeptAsGiven() throws Exception {
        SyndFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><title mode="base64">Not base64!</title></entry></feed>""");

        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("Not base64!"));
    }

    @Test
    void rssItemsWithoutAChannelAreRead() throws Exception {
        SyndFeed feed = parse("""
                <rss version="2.0"><title>Loose</title><item><title>Item</title><link>http://example.org/i</link></item></rss>""");

        assertThat(feed.getTitle()).isEqualTo("Loose");
        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getLink()).isEqualTo("http://example.org/i"));
    }

    @Test
    void rssInAUserlandNamespaceIsReadAsPlainRss() throws Exception {
        SyndFeed feed = parse("""
                <rss xmlns="http://backend.userland.com/rss"><channel><description>Described</description>
                <item><title>Item</title></item></channel></rss>""");

        assertThat(feed.getDescription()).isEqualTo("Described");
        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("Item"));
    }

    @Test
    void rssVersionRomeDoesNotListIsReadAsRss20() throws Exception {
        SyndFeed feed = parse("""
                <rss version="2.1"><channel><title>Later</title><item><title>Item</title></item></channel></rss>""");

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertThat(feed.getEntries()).hasSize(1);
    }

    @Test
    void rdfWithoutAChannelKeepsItsItems() throws Exception {
        SyndFeed feed = parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <item rdf:about="http://example.org/1"><title>One</title><link>http://example.org/1</link></item>
                </rdf:RDF>""");

        assertThat(feed.getFeedType()).isEqualTo("rss_1.0");
        assertThat(feed.getEntries())
                .singleElement()
                .satisfies(e -> assertThat(e.getTitle()).isEqualTo("One"));
    }

    @Test
    void repairedDocumentsStillRefuseADoctype() {
        String xml = "<!DOCTYPE rss [<!ENTITY x \"y\">]><rss version=\"2.1\"><item><title>&x;</title></item></rss>";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOfSatisfying(
                        FeedParseException.class,
                        e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.DOCTYPE_FORBIDDEN));
    }

    @Test
    void otherRootsAreStillNotAFeed() {
        assertThatThrownBy(() -> parse("<CHANNEL HREF=\"http://example.org/\"><TITLE>CDF</TITLE></CHANNEL>"))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.NOT_A_FEED));
    }
}
