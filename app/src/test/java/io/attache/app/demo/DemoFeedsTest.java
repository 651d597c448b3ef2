package io.attache.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample feeds that {@code attache demo} serves: what they hold and that the demo's feeds file names them all. */
class DemoFeedsTest {
    private static final String DIR = "/io/attache/app/demo/";
    private static final List<String> PARSEABLE =
            List.of("mfa-press.xml", "regional-wire.atom", "embassy-bulletin.xml");
    private static final String LISTING = "mfaic/press.html";
    private static final String TRACKING = "?utm_source=rss&utm_medium=feed&fbclid=abc";

    @ParameterizedTest
    @CsvSource({"mfa-press.xml, rss_2.0, 12", "regional-wire.atom, atom_1.0, 12", "embassy-bulletin.xml, rss_2.0, 6"})
    void servedFeedParsesWithItsFormatAndEntryCount(String file, String format, int entries) throws Exception {
        SyndFeed feed = parse(file);

        assertThat(feed.getFeedType()).isEqualTo(format);
        assertThat(feed.getEntries()).hasSize(entries);
    }

    @Test
    void brokenFeedFailsToParse() {
        assertThatThrownBy(() -> parse("broken.xml")).isInstanceOf(ParsingFeedException.class);
    }

    @Test
    void everyEntryHasGuidLinkTitleDateAndHtmlText() throws Exception {
        for (SyndEntry entry : allEntries()) {
            assertThat(entry.getUri()).as("guid of %s", entry.getTitle()).isNotBlank();
            assertThat(entry.getLink()).as("link of %s", entry.getTitle()).startsWith("https://");
            assertThat(entry.getPublishedDate())
                    .as("date of %s", entry.getTitle())
                    .isNotNull();
            assertThat(html(entry)).as("text of %s", entry.getTitle()).contains("<p>");
        }
    }

    @Test
    void guidsAreUniqueAcrossTheFeeds() throws Exception {
        List<String> guids = allEntries().stream().map(SyndEntry::getUri).toList();

        assertThat(guids).doesNotHaveDuplicates();
    }

    @Test
    void linksAreUniqueAcrossTheFeedsUntilTrackingParametersAreIgnored() throws Exception {
        List<String> links = allEntries().stream().map(SyndEntry::getLink).toList();
        List<String> withoutTracking =
                links.stream().map(link -> link.replace(TRACKING, "")).toList();

        assertThat(links).doesNotHaveDuplicates();
        assertThat(withoutTracking.stream().distinct()).hasSize(links.size() - 1);
    }

    @Test
    void trackingParameterCopyRepeatsAnMfaItemWordForWord() throws Exception {
        SyndEntry copy = parse("regional-wire.atom").getEntries().stream()
                .filter(entry -> entry.getLink().endsWith(TRACKING))
                .findFirst()
                .orElseThrow();
        SyndEntry original = parse("mfa-press.xml").getEntries().stream()
                .filter(entry -> copy.getLink().equals(entry.getLink() + TRACKING))
                .findFirst()
                .orElseThrow();

        assertThat(copy.getTitle()).isEqualTo(original.getTitle());
        assertThat(text(copy)).isEqualTo(text(original));
    }

    @Test
    void sameContentCopyRepeatsAnMfaItemOnAnotherUrl() throws Exception {
        List<SyndEntry> mfa = parse("mfa-press.xml").getEntries();
        List<SyndEntry> verbatim = parse("regional-wire.atom").getEntries().stream()
                .filter(copy -> !copy.getLink().endsWith(TRACKING))
                .filter(copy -> mfa.stream()
                        .anyMatch(original -> original.getTitle().equals(copy.getTitle())
                                && text(original).equals(text(copy))))
                .toList();

        assertThat(verbatim).hasSize(1);
    }

    @Test
    void feedsFileListsEveryServedFeedOnTheDemoBase() throws Exception {
        List<String> urls = new ArrayList<>();
        feedsFile().get("feeds").forEach(feed -> urls.add(feed.get("url").asText()));

        List<String> served = new ArrayList<>(servedFiles());
        served.add(LISTING);
        assertThat(urls)
                .containsExactlyInAnyOrderElementsOf(
                        served.stream().map(file -> "${demo.base}/" + file).toList());
    }

    @Test
    void everyLinkOfTheMinistrysListingLeadsToAServedPageButTheOneRobotsTxtDisallows() {
        List<String> linked = new ArrayList<>();
        for (String listing : List.of(LISTING, "mfaic/press-2.html")) {
            String html = resource(listing).replace(DemoFeedServer.BASE_PLACEHOLDER, "http://demo");
            Jsoup.parse(html, "http://demo/" + listing)
                    .select("ul.press-list a.title")
                    .forEach(link -> linked.add(link.absUrl("href").replace("http://demo/", "")));
        }

        assertThat(linked)
                .hasSize(8)
                .filteredOn(path -> !path.startsWith("internal/"))
                .hasSize(7);
        assertThat(linked.stream().distinct().filter(path -> !path.startsWith("internal/")))
                .hasSize(6)
                .allSatisfy(path -> assertThat(DemoFeedServer.FILES).contains(path));
        assertThat(resource("robots.txt")).contains("Disallow: /internal/");
    }

    @Test
    void feedsFileDescribesEveryFeed() throws Exception {
        for (JsonNode feed : feedsFile().get("feeds")) {
            String id = feed.get("id").asText();
            assertThat(feed.get("publisher").asText()).as("publisher of %s", id).isNotBlank();
            assertThat(feed.get("language").asText()).as("language of %s", id).isEqualTo("en");
            assertThat(feed.get("country").asText()).as("country of %s", id).matches("[A-Z]{3}");
            assertThat(feed.get("labels")).as("labels of %s", id).isNotEmpty();
        }
    }

    @Test
    void expectedListsEveryEntryByGuidAndTitle() throws Exception {
        String expected = resource("EXPECTED.md");

        for (SyndEntry entry : allEntries()) {
            assertThat(expected).contains("`" + entry.getUri() + "`");
            assertThat(expected).contains(entry.getTitle().replace("|", "\\|"));
        }
    }

    private static SyndFeed parse(String file) throws IOException, FeedException {
        try (InputStream in = open(file);
                XmlReader reader = new XmlReader(in)) {
            return new SyndFeedInput().build(reader);
        }
    }

    private static List<SyndEntry> allEntries() throws IOException, FeedException {
        List<SyndEntry> entries = new ArrayList<>();
        for (String file : PARSEABLE) {
            entries.addAll(parse(file).getEntries());
        }
        return entries;
    }

    /** The HTML body as the feed carries it: Atom content, else RSS description. */
    private static String html(SyndEntry entry) {
        return entry.getContents().isEmpty()
                ? entry.getDescription().getValue()
                : entry.getContents().get(0).getValue();
    }

    /** The body as a reader sees it, so that equal copies compare equal however their HTML escapes "&". */
    private static String text(SyndEntry entry) {
        return Jsoup.parse(html(entry)).text();
    }

    private static JsonNode feedsFile() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(resource("feeds.yaml"));
    }

    private static List<String> servedFiles() throws URISyntaxException, IOException {
        // Found through a file of its own: the directory name alone would also match this test's package.
        Path dir = Path.of(Objects.requireNonNull(DemoFeedsTest.class.getResource(DIR + "feeds.yaml"))
                        .toURI())
                .getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".xml") || name.endsWith(".atom"))
                    .toList();
        }
    }

    private static String resource(String file) {
        try (InputStream in = open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        return Objects.requireNonNull(DemoFeedsTest.class.getResourceAsStream(DIR + file), file);
    }
}
