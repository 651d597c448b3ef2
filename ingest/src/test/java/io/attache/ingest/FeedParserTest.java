package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void parsesRss20() throws Exception {
        ParsedFeed parsed = parser.parse(utf8(SampleFeeds.rss("http://example.org", 3)), "application/rss+xml");

        assertThat(parsed.feed().getEntries()).hasSize(3);
        assertThat(parsed.rawEntryDates()).hasSize(3).allMatch(d -> d.contains("2024"));
    }

    @Test
    void parsesAtom10() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2024-01-10T08:00:00Z</updated>
                <entry><title>A</title><id>urn:a</id><link href="http://example.org/a"/><updated>2024-01-10T08:00:00Z</updated></entry>
                </feed>""";

        assertThat(parser.parse(utf8(atom), "").feed().getEntries()).hasSize(1);
    }

    @Test
    void externalEntityIsRefusedAsDoctypeForbidden() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&xxe;</title></channel></rss>";

        assertThatThrownBy(() -> parser.parse(utf8(xxe), ""))
                .isInstanceOfSatisfying(
                        FeedParseException.class,
                        e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.DOCTYPE_FORBIDDEN));
    }

    @Test
    void entityExpansionIsRefusedAsDoctypeForbidden() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a")
                    .append(i)
                    .append(" \"")
                    .append(("&a" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        String bomb = dtd + "]><rss version=\"2.0\"><channel><title>&a9;</title></channel></rss>";

        assertThatThrownBy(() -> parser.parse(utf8(bomb), ""))
                .isInstanceOfSatisfying(
                        FeedParseException.class,
                        e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.DOCTYPE_FORBIDDEN));
    }

    @Test
    void htmlPageIsNotAFeed() {
        String html = "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>";

        assertThatThrownBy(() -> parser.parse(utf8(html), "text/html"))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.NOT_A_FEED));
    }

    @Test
    void wellFormedXmlThatIsNoFeedIsNotAFeed() {
        assertThatThrownBy(() -> parser.parse(utf8("<?xml version=\"1.0\"?><catalog><book/></catalog>"), ""))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.NOT_A_FEED));
    }

    @Test
    void truncatedXmlIsMalformed() {
        String full = SampleFeeds.rss("http://example.org", 3);

        assertThatThrownBy(() -> parser.parse(utf8(full.substring(0, full.length() / 2)), ""))
                .isInstanceOfSatisfying(
                        FeedParseException.class, e -> assertThat(e.outcome()).isEqualTo(FetchOutcome.MALFORMED_XML));
    }

    @Test
    void invalidXmlCharactersAreStrippedNotFatal() throws Exception {
        String feed = SampleFeeds.rss("http://example.org", 1).replace("Statement 0", "State\u0001ment\u000B 0\uFFFF");

        assertThat(parser.parse(utf8(feed), "").feed().getEntries().get(0).getTitle())
                .isEqualTo("Statement 0");
    }

    @Test
    void charsetComesFromTheXmlDeclaration() throws Exception {
        String feed = SampleFeeds.rss("http://example.org", 1)
                .replace("UTF-8", "ISO-8859-1")
                .replace("Statement 0", "Communiqué");

        ParsedFeed parsed = parser.parse(feed.getBytes(StandardCharsets.ISO_8859_1), "");

        assertThat(parsed.feed().getEntries().get(0).getTitle()).isEqualTo("Communiqué");
    }

    @Test
    void charsetComesFromTheHttpHeaderWhenTheDeclarationNamesNone() throws Exception {
        String feed = SampleFeeds.rss("http://example.org", 1)
                .replace(" encoding=\"UTF-8\"", "")
                .replace("Statement 0", "Новости");

        ParsedFeed parsed =
                parser.parse(feed.getBytes(Charset.forName("windows-1251")), "text/xml; charset=windows-1251");

        assertThat(parsed.feed().getEntries().get(0).getTitle()).isEqualTo("Новости");
    }

    @Test
    void byteOrderMarkWins() throws Exception {
        String feed = SampleFeeds.rss("http://example.org", 1)
                .replace(" encoding=\"UTF-8\"", "")
                .replace("Statement 0", "外交部");
        byte[] body = feed.getBytes(StandardCharsets.UTF_16BE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFE;
        withBom[1] = (byte) 0xFF;
        System.arraycopy(body, 0, withBom, 2, body.length);

        assertThat(parser.parse(withBom, "").feed().getEntries().get(0).getTitle())
                .isEqualTo("外交部");
    }
}
