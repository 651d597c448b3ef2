package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void keepsParagraphsAsBlankLineSeparatedBlocks() {
        assertThat(HtmlText.toText("<p>First   paragraph.</p>\n<p>Second\nparagraph.</p>", 1000))
                .isEqualTo("First paragraph.\n\nSecond paragraph.");
    }

    @Test
    void decodesEntitiesAndDropsTags() {
        assertThat(HtmlText.toText("Talks &amp; <b>agreements</b> &eacute;t&eacute; &#8212; done", 1000))
                .isEqualTo("Talks & agreements été — done");
    }

    @Test
    void dropsScriptsAndStyles() {
        assertThat(HtmlText.toText("<style>p{}</style><p>Text</p><script>alert(1)</script>", 1000))
                .isEqualTo("Text");
    }

    @Test
    void lineBreaksStayLineBreaks() {
        assertThat(HtmlText.toText("Line one<br>Line two", 1000)).isEqualTo("Line one\nLine two");
    }

    @Test
    void plainTextPassesThroughCollapsed() {
        assertThat(HtmlText.toText("  a < b   and c > d ", 1000)).isEqualTo("a < b and c > d");
    }

    @Test
    void capsLengthAtAWordBoundary() {
        String text = HtmlText.toText("word ".repeat(100), 42);

        assertThat(text).hasSizeLessThanOrEqualTo(42).endsWith("word…");
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertThat(HtmlText.toText((String) null, 10)).isEmpty();
        assertThat(HtmlText.toText("<p> </p>", 10)).isEmpty();
    }
}
