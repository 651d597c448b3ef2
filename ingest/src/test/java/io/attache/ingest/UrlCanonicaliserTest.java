package io.attache.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlCanonicaliserTest {
    private static final URI FEED = URI.create("https://www.mfa.example/eng/rss.xml");

    private static String canonical(String link) {
        return UrlCanonicaliser.canonical(link, FEED).orElse("<none>");
    }

    @Test
    void lowerCasesSchemeAndHostButNotPath() {
        assertThat(canonical("HTTPS://WWW.MFA.Example/Eng/News.HTML"))
                .isEqualTo("https://www.mfa.example/Eng/News.HTML");
    }

    @Test
    void dropsDefaultPortAndFragment() {
        assertThat(canonical("https://www.mfa.example:443/a#top")).isEqualTo("https://www.mfa.example/a");
        assertThat(canonical("http://www.mfa.example:80/a")).isEqualTo("http://www.mfa.example/a");
        assertThat(canonical("http://www.mfa.example:8080/a")).isEqualTo("http://www.mfa.example:8080/a");
    }

    @Test
    void removesTrackingParametersAndSortsTheRest() {
        assertThat(canonical("https://www.mfa.example/a?utm_source=rss&id=7&fbclid=x&lang=en&gclid=y&UTM_Medium=z"))
                .isEqualTo("https://www.mfa.example/a?id=7&lang=en");
    }

    @Test
    void queryMadeOnlyOfTrackingDisappears() {
        assertThat(canonical("https://www.mfa.example/a?utm_campaign=x")).isEqualTo("https://www.mfa.example/a");
    }

    @Test
    void resolvesRelativeLinksAgainstTheFeedUrl() {
        assertThat(canonical("news/1.html")).isEqualTo("https://www.mfa.example/eng/news/1.html");
        assertThat(canonical("/fr/2.html")).isEqualTo("https://www.mfa.example/fr/2.html");
    }

    @Test
    void emptyPathBecomesSlash() {
        assertThat(canonical("https://www.mfa.example")).isEqualTo("https://www.mfa.example/");
    }

    @Test
    void refusesWhatIsNotAnHttpLink() {
        assertThat(canonical("mailto:press@mfa.example")).isEqualTo("<none>");
        assertThat(canonical("  ")).isEqualTo("<none>");
        assertThat(canonical("http://[bad")).isEqualTo("<none>");
    }

    @Test
    void toleratesSpacesInLinks() {
        assertThat(canonical("https://www.mfa.example/a b.html")).isEqualTo("https://www.mfa.example/a%20b.html");
    }
}
