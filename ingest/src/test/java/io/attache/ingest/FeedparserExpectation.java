package io.attache.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import io.attache.model.Article;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates the feedparser {@code Expect:} expressions that name a field Attaché maps into checks on our
 * parse and normalisation. An expression is applicable only when every comparison in it maps; then it holds
 * when every comparison does. Texts are compared as plain text (our articles carry no HTML); links in
 * canonical form; date tuples as UTC instants.
 */
final class FeedparserExpectation {
    /** What became of one expectation. */
    enum Verdict {
        HOLDS,
        FAILS,
        NOT_APPLICABLE
    }

    /** A verdict and, when it fails, what we had instead. */
    record Result(Verdict verdict, String detail) {}

    private static final String STRING = "u?(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")";
    private static final Pattern COMPARISON =
            Pattern.compile("(feed|entries\\[(\\d+)\\])((?:\\['[a-z_]+'\\]|\\[\\d+\\])+)\\s*==\\s*(?:" + STRING
                    + "|\\(([\\d,\\s]+)\\))");
    private static final URI BASE = URI.create("http://127.0.0.1/");

    private FeedparserExpectation() {}

    private static final java.util.Set<String> MAPPED = java.util.Set.of(
            "['title']",
            "['title_detail']['value']",
            "['language']",
            "['summary']",
            "['summary_detail']['value']",
            "['description']",
            "['content'][0]['value']",
            "['link']",
            "['id']",
            "['guid']",
            "['author']",
            "['author_detail']['name']",
            "['tags'][0]['term']",
            "['category']",
            "['published_parsed']",
            "['issued_parsed']",
            "['updated_parsed']",
            "['modified_parsed']");

    /** True when every comparison of the expression is over a field we map (whatever our parse gives). */
    static boolean applicable(String expect) {
        String rest = expect.replaceFirst("^not bozo\\s+and\\s+", "");
        Matcher m = COMPARISON.matcher(rest);
        int end = 0;
        while (m.find()) {
            String between = rest.substring(end, m.start()).trim();
            boolean feedField = m.group(1).equals("feed");
            if (!(between.isEmpty() || between.equals("and"))
                    || !MAPPED.contains(m.group(3))
                    || (feedField
                            && !(m.group(3).contains("title") || m.group(3).equals("['language']")))) {
                return false;
            }
            end = m.end();
        }
        return end > 0 && rest.substring(end).isBlank();
    }

    static Result check(String expect, ParsedFeed parsed, List<Article> articles) {
        String rest = expect.replaceFirst("^not bozo\\s+and\\s+", "");
        if (rest.isEmpty() || rest.equals("not bozo")) {
            return new Result(Verdict.NOT_APPLICABLE, "no field compared");
        }
        Matcher m = COMPARISON.matcher(rest);
        List<String> failures = new ArrayList<>();
        int end = 0;
        while (m.find()) {
            String between = rest.substring(end, m.start()).trim();
            if (!(between.isEmpty() || between.equals("and"))) {
                return new Result(Verdict.NOT_APPLICABLE, "expression not translatable");
            }
            end = m.end();
            String expected =
                    m.group(4) != null ? unescape(m.group(4)) : m.group(5) != null ? unescape(m.group(5)) : null;
            Optional<Optional<String>> failure = compare(
                    m.group(1).equals("feed") ? -1 : Integer.parseInt(m.group(2)),
                    m.group(3),
                    expected,
                    m.group(6),
                    parsed,
                    articles);
            if (failure.isEmpty()) {
                return new Result(Verdict.NOT_APPLICABLE, "field not mapped: " + m.group(3));
            }
            failure.get().ifPresent(failures::add);
        }
        if (end == 0 || !rest.substring(end).isBlank()) {
            return new Result(Verdict.NOT_APPLICABLE, "expression not translatable");
        }
        return failures.isEmpty()
                ? new Result(Verdict.HOLDS, "")
                : new Result(Verdict.FAILS, String.join("; ", failures));
    }

    /** Empty when the field is not mapped; else empty inner when it holds, or what we had. */
    private static Optional<Optional<String>> compare(
            int entry, String path, String expected, String tuple, ParsedFeed parsed, List<Article> articles) {
        if (entry < 0) {
            return switch (path) {
                case "['title']", "['title_detail']['value']" ->
                    Optional.of(text(expected, HtmlText.toText(parsed.feed().getTitle(), ArticleNormaliser.MAX_TITLE)));
                case "['language']" ->
                    Optional.of(same(expected, orEmpty(parsed.feed().getLanguage())));
                default -> Optional.empty();
            };
        }
        if (entry >= articles.size()) {
            return Optional.of(Optional.of("no entry " + entry));
        }
        Article a = articles.get(entry);
        SyndEntry source = entry < parsed.feed().getEntries().size()
                ? parsed.feed().getEntries().get(entry)
                : null;
        return switch (path) {
            case "['title']", "['title_detail']['value']" -> Optional.of(text(expected, a.title()));
            case "['summary']", "['summary_detail']['value']", "['description']" ->
                Optional.of(text(expected, a.summary()));
            case "['content'][0]['value']" -> Optional.of(text(expected, a.text()));
            case "['link']" ->
                Optional.of(same(UrlCanonicaliser.canonical(expected, BASE).orElse(expected), a.url()));
            case "['id']", "['guid']" -> Optional.of(same(expected, a.guid()));
            case "['author']", "['author_detail']['name']" -> Optional.of(contains(a.authors(), expected));
            case "['tags'][0]['term']", "['category']" -> Optional.of(contains(a.categories(), expected));
            case "['published_parsed']", "['issued_parsed']" -> Optional.of(date(tuple, a));
            case "['updated_parsed']", "['modified_parsed']" ->
                source != null && source.getPublishedDate() == null ? Optional.of(date(tuple, a)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static Optional<String> text(String expected, String actual) {
        return same(expected == null ? null : HtmlText.toText(expected, Integer.MAX_VALUE), actual);
    }

    private static Optional<String> same(String expected, String actual) {
        return expected != null && expected.equals(actual) ? Optional.empty() : Optional.of("had '" + actual + "'");
    }

    private static Optional<String> contains(List<String> actual, String expected) {
        String want = expected == null ? "" : HtmlText.toText(expected, Integer.MAX_VALUE);
        return actual.contains(want) ? Optional.empty() : Optional.of("had " + actual);
    }

    private static Optional<String> date(String tuple, Article a) {
        if (tuple == null) {
            return Optional.of("not a date tuple");
        }
        String[] f = tuple.split("\\s*,\\s*");
        LocalDateTime expected = LocalDateTime.of(
                Integer.parseInt(f[0].trim()),
                Integer.parseInt(f[1].trim()),
                Integer.parseInt(f[2].trim()),
                Integer.parseInt(f[3].trim()),
                Integer.parseInt(f[4].trim()),
                Integer.parseInt(f[5].trim()));
        return !a.publishedInferred() && expected.toInstant(ZoneOffset.UTC).equals(a.published())
                ? Optional.empty()
                : Optional.of("had " + a.published() + (a.publishedInferred() ? " (inferred)" : ""));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }

    /** A Python string literal's value. */
    static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                out.append(c);
                continue;
            }
            char n = literal.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                case 'U' -> {
                    out.appendCodePoint(Integer.parseInt(literal.substring(i + 1, i + 9), 16));
                    i += 8;
                }
                default -> out.append(n);
            }
        }
        return out.toString();
    }
}
