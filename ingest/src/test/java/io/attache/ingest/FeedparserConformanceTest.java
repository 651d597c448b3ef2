package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.attache.model.Article;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the feedparser corpus (test resources under {@code conformance/feedparser}, with its BSD licence)
 * through our parser and normaliser. With {@code -Dattache.conformance.output=FILE} it also writes the
 * table of expectations that hold, fail and do not apply (that is how {@code docs/conformance.md} is made).
 */
class FeedparserConformanceTest {
    private static final Instant FETCHED = Instant.parse("2024-01-01T00:00:00Z");
    private static final URI BASE = URI.create("http://127.0.0.1/feed.xml");
    private static final FeedConfig FEED = FeedConfig.of("conformance", BASE);
    private static Path tests;

    @BeforeAll
    static void findCorpus() throws URISyntaxException {
        tests = Path.of(FeedparserConformanceTest.class
                .getResource("/conformance/feedparser/tests")
                .toURI());
    }

    private static List<FeedparserFixture> fixtures(String dir) throws IOException {
        List<FeedparserFixture> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(tests.resolve(dir))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                fixtures.add(FeedparserFixture.read(tests, file));
            }
        }
        return fixtures;
    }

    @Test
    void everyWellFormedFixtureParsesOrIsRefusedWithAClassNeverAnException() throws IOException {
        for (FeedparserFixture fixture : fixtures("wellformed")) {
            try {
                ParsedFeed parsed = new FeedParser().parse(fixture.body(), fixture.contentType());
                new ArticleNormaliser().normalise(FEED, parsed, BASE, BASE, FETCHED);
            } catch (FeedParseException e) {
                assertThat(e.outcome()).as(fixture.file().toString()).isNotNull();
            }
        }
    }

    @Test
    void wellFormedFixturesWithoutDoctypeAllParseExceptTheKnownRefusals() throws IOException {
        List<String> refused = new ArrayList<>();
        for (FeedparserFixture fixture : fixtures("wellformed")) {
            if (fixture.hasDoctype()) {
                continue;
            }
            try {
                new FeedParser().parse(fixture.body(), fixture.contentType());
            } catch (FeedParseException e) {
                refused.add(fixture.file() + "  " + e.outcome().label());
            }
        }

        assertThat(refused).containsExactlyInAnyOrderElementsOf(knownRefusals());
    }

    static List<String> knownRefusals() throws IOException {
        try (var in = FeedparserConformanceTest.class.getResourceAsStream("/conformance/known-refusals.txt")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void wellFormedFixturesWithDoctypeAreRefusedAsDoctypeForbidden() throws IOException {
        for (FeedparserFixture fixture : fixtures("wellformed")) {
            if (fixture.hasDoctype()) {
                FeedParseException refused = org.junit.jupiter.api.Assertions.assertThrows(
                        FeedParseException.class,
                        () -> new FeedParser().parse(fixture.body(), fixture.contentType()),
                        fixture.file().toString());
                assertThat(refused.outcome()).isEqualTo(FetchOutcome.DOCTYPE_FORBIDDEN);
            }
        }
    }

    @Test
    void writesTheConformanceTableWhenAsked() throws IOException {
        String output = System.getProperty("attache.conformance.output", "");
        assumeTrue(!output.isBlank(), "set -Dattache.conformance.output=FILE to write the table");
        List<Row> rows = new ArrayList<>();
        for (String dir : List.of("wellformed", "encoding")) {
            for (FeedparserFixture fixture : fixtures(dir)) {
                rows.add(evaluate(fixture));
            }
        }
        Files.writeString(Path.of(output), ConformanceTable.markdown(rows));

        assertThat(rows).isNotEmpty();
    }

    private static Row evaluate(FeedparserFixture fixture) {
        if (fixture.skip() || !FeedparserExpectation.applicable(fixture.expect())) {
            return new Row(
                    fixture, FeedparserExpectation.Verdict.NOT_APPLICABLE, "skipped, or no mapped field compared");
        }
        try {
            ParsedFeed parsed = new FeedParser().parse(fixture.body(), fixture.contentType());
            List<Article> articles = new ArticleNormaliser().normalise(FEED, parsed, BASE, BASE, FETCHED);
            FeedparserExpectation.Result result = FeedparserExpectation.check(fixture.expect(), parsed, articles);
            return new Row(fixture, result.verdict(), result.detail());
        } catch (FeedParseException e) {
            return new Row(
                    fixture,
                    FeedparserExpectation.Verdict.FAILS,
                    "refused: " + e.outcome().label());
        }
    }

    /** One fixture's verdict. */
    record Row(FeedparserFixture fixture, FeedparserExpectation.Verdict verdict, String detail) {}

    /** The markdown of docs/conformance.md. */
    static final class ConformanceTable {
        private ConformanceTable() {}

        static String markdown(List<Row> rows) {
            Map<String, Map<FeedparserExpectation.Verdict, Integer>> byArea = new TreeMap<>();
            Map<FeedparserExpectation.Verdict, Integer> total = new EnumMap<>(FeedparserExpectation.Verdict.class);
            for (Row row : rows) {
                byArea.computeIfAbsent(row.fixture().area(), a -> new EnumMap<>(FeedparserExpectation.Verdict.class))
                        .merge(row.verdict(), 1, Integer::sum);
                total.merge(row.verdict(), 1, Integer::sum);
            }
            StringBuilder md = new StringBuilder("""
                    # Conformance: the feedparser corpus

                    Generated; do not edit. Regenerate from the repository root with:

                    ```bash
                    mvn -B -ntp -pl ingest -am test -Dtest=FeedparserConformanceTest -Dsurefire.failIfNoSpecifiedTests=false \\
                        -Dattache.conformance.output=$PWD/docs/conformance.md
                    ```

                    Each fixture of `ingest/src/test/resources/conformance/feedparser/tests/{wellformed,encoding}` is parsed by ingest's
                    `FeedParser` (ROME with DOCTYPEs refused) and normalised by `ArticleNormaliser`; its `Expect:` line is
                    translated where it compares a field we map: feed title and language; entry title, summary/description,
                    content (our `text`), link (our canonical `url`), id/guid, author, first category, and
                    published/updated date tuples (our `published`, UTC). Texts are compared as plain text, because articles
                    carry no HTML. Expressions over anything else (`*_detail` types, links lists, enclosures, images,
                    generator, ...) do not apply. Fixtures that declare a DOCTYPE are refused by design (`doctype_forbidden`)
                    and count as failing.

                    | area | hold | fail | do not apply |
                    |---|---:|---:|---:|
                    """);
            byArea.forEach((area, counts) -> md.append(line(area, counts)));
            md.append(line("**all**", total));
            md.append(
                    "\n## Well-formed fixtures ingest refuses\n\nBefore ROME reads a document, `FeedDocumentRepair` mends "
                            + "what ROME alone refuses or crashes on: RSS and Atom roots in a namespace ROME does not know (or in none), "
                            + "RSS without `<channel>`, RSS 1.0/0.90 without a channel, RSS versions ROME does not list (2.01, 2.1), and "
                            + "Atom 0.3 `mode=\"base64\"` text (decoded by us: ROME's decoder fails on line breaks). Besides DOCTYPEs, "
                            + "only these fixtures are still refused, with the outcome shown, because they are neither RSS nor Atom; "
                            + "`FeedparserConformanceTest` keeps this list exact "
                            + "(`ingest/src/test/resources/conformance/known-refusals.txt`).\n\n");
            try {
                for (String refusal : knownRefusals()) {
                    String[] parts = refusal.split("\\s+");
                    md.append("- `")
                            .append(parts[0])
                            .append("`: ")
                            .append(parts[1])
                            .append('\n');
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            md.append("\n## Expectations that fail\n\n| fixture | expectation | what we had |\n|---|---|---|\n");
            for (Row row : rows) {
                if (row.verdict() == FeedparserExpectation.Verdict.FAILS) {
                    md.append("| `")
                            .append(row.fixture().file())
                            .append("` | `")
                            .append(cell(row.fixture().expect()))
                            .append("` | ")
                            .append(cell(row.detail()))
                            .append(" |\n");
                }
            }
            return md.toString();
        }

        private static String line(String area, Map<FeedparserExpectation.Verdict, Integer> counts) {
            return "| " + area + " | " + counts.getOrDefault(FeedparserExpectation.Verdict.HOLDS, 0) + " | "
                    + counts.getOrDefault(FeedparserExpectation.Verdict.FAILS, 0) + " | "
                    + counts.getOrDefault(FeedparserExpectation.Verdict.NOT_APPLICABLE, 0) + " |\n";
        }

        private static String cell(String text) {
            String oneLine = text.replace("|", "\\|").replace("\n", " ").replace("`", "'");
            return oneLine.length() > 120 ? oneLine.substring(0, 117) + "..." : oneLine;
        }
    }
}
