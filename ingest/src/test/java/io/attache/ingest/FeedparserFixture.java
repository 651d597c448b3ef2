package io.attache.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fixture of the feedparser corpus: its bytes and the lines of its leading comment
 * ({@code Description:}, {@code Expect:}, {@code Header:}, {@code SkipUnless:}).
 */
record FeedparserFixture(
        Path file, String area, byte[] body, String description, String expect, List<String> headers, boolean skip) {
    private static final Pattern PROLOG_DOCTYPE =
            Pattern.compile("^(?:\\s|<\\?.*?\\?>|<!--.*?-->)*<!DOCTYPE", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--(.*?)-->");

    static FeedparserFixture read(Path root, Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = COMMENT.matcher(head);
        String description = "";
        String expect = "";
        List<String> headers = new ArrayList<>();
        boolean skip = false;
        if (m.find()) {
            for (String line : m.group(1).split("\\R")) {
                String trimmed = line.trim();
                if (trimmed.startsWith("Description:")) {
                    description = trimmed.substring(12).trim();
                } else if (trimmed.startsWith("Expect:")) {
                    expect = trimmed.substring(7).trim();
                } else if (trimmed.startsWith("Header:")) {
                    headers.add(trimmed.substring(7).trim());
                } else if (trimmed.startsWith("SkipUnless:")) {
                    skip = true;
                }
            }
        }
        Path relative = root.relativize(file);
        String area = relative.getParent() == null ? "" : relative.getParent().toString();
        return new FeedparserFixture(relative, area, body, description, expect, List.copyOf(headers), skip);
    }

    /** The Content-Type the fixture is to be served with, empty when none. */
    String contentType() {
        return headers.stream()
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                .map(h -> h.substring(h.indexOf(':') + 1).trim())
                .findFirst()
                .orElse("");
    }

    /** True when the fixture declares a DOCTYPE, which ingest refuses by design. */
    boolean hasDoctype() {
        return PROLOG_DOCTYPE
                .matcher(new String(body, StandardCharsets.ISO_8859_1))
                .find();
    }
}
