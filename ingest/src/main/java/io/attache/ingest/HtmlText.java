package io.attache.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns HTML (or plain text) into plain text with a real HTML parser: entities decoded, scripts and styles
 * dropped, whitespace collapsed, block elements becoming paragraphs separated by a blank line, and
 * {@code <br>} a line break.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "header",
            "footer",
            "aside",
            "blockquote",
            "pre",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "figure",
            "figcaption",
            "hr",
            "address",
            "main",
            "nav",
            "form",
            "fieldset");
    private static final Set<String> SKIPPED =
            Set.of("script", "style", "noscript", "template", "iframe", "object", "svg");

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u200B]+");

    private HtmlText() {}

    /** Plain text of {@code html}, cut at a word boundary to at most {@code maxLength} characters. */
    static String toText(String html, int maxLength) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            // Plain text (most titles): what the parser would give, without building a document.
            return cap(WHITESPACE.matcher(html).replaceAll(" ").strip(), maxLength);
        }
        return toText(Jsoup.parseBodyFragment(html).body(), maxLength);
    }

    /** Plain text of an element already parsed. */
    static String toText(Element root, int maxLength) {
        TextCollector collector = new TextCollector();
        NodeTraversor.traverse(collector, root);
        return cap(collector.text(), maxLength);
    }

    /** {@code text} cut to at most {@code maxLength} characters, at the last space if there is one nearby. */
    static String cap(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = maxLength - 1;
        int space = text.lastIndexOf(' ', cut);
        if (space > maxLength * 3 / 4) {
            cut = space;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…";
    }

    /** Walks the tree once, collecting text and paragraph breaks. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder paragraphs = new StringBuilder();
        private final StringBuilder line = new StringBuilder();
        private int skipDepth;

        @Override
        public void head(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth += node instanceof Element ? 1 : 0;
                return;
            }
            if (node instanceof TextNode text) {
                line.append(text.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (SKIPPED.contains(tag)) {
                    skipDepth = 1;
                } else if (tag.equals("br")) {
                    line.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    endParagraph();
                } else if (tag.equals("td") || tag.equals("th")) {
                    line.append(' ');
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (skipDepth > 0) {
                skipDepth -= node instanceof Element ? 1 : 0;
                return;
            }
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                endParagraph();
            }
        }

        private void endParagraph() {
            StringBuilder cleaned = new StringBuilder();
            for (String part : line.toString().split("\n")) {
                String collapsed = WHITESPACE.matcher(part).replaceAll(" ").strip();
                if (!collapsed.isEmpty()) {
                    if (cleaned.length() > 0) {
                        cleaned.append('\n');
                    }
                    cleaned.append(collapsed);
                }
            }
            line.setLength(0);
            if (cleaned.length() > 0) {
                if (paragraphs.length() > 0) {
                    paragraphs.append("\n\n");
                }
                paragraphs.append(cleaned);
            }
        }

        String text() {
            endParagraph();
            return paragraphs.toString();
        }
    }
}
