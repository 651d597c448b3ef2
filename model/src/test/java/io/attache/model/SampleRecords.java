package io.attache.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fully populated records for the serde tests. */
final class SampleRecords {
    private SampleRecords() {}

    static Article article() {
        return new Article(
                Article.SCHEMA,
                "a1b2c3",
                "urn:mfa:2024:01",
                "https://www.mfa.gov.cn/eng/xw/202401/t1.html",
                "Wang Yi Holds Talks with Cambodian Foreign Minister",
                "On 10 January, Wang Yi held talks with Prak Sokhonn.\n\nBoth sides agreed on the Fish and Rice Corridor.",
                "Wang Yi held talks with Prak Sokhonn.",
                Instant.parse("2024-01-10T08:30:00Z"),
                false,
                List.of("MFA Press"),
                List.of("Diplomacy", "Cambodia"),
                "en",
                new FeedRef(
                        "cn-mfa",
                        "https://www.mfa.gov.cn/eng/rss.xml",
                        "MFA News",
                        "Ministry of Foreign Affairs",
                        "CHN",
                        SourceType.GOVERNMENT),
                Instant.parse("2024-01-10T09:00:00Z"),
                "9f86d081884c7d65",
                TextSource.PAGE,
                LanguageSource.FEED);
    }

    static EnrichedArticle enriched() {
        Evidence evidence = new Evidence("Fish and Rice Corridor", "text", 83, 105);
        return new EnrichedArticle(
                article(),
                1,
                "a1b2c3",
                "00ff00ff00ff00ff",
                List.of(new Dyad(List.of("CHN", "KHM"), 0.93, List.of(new Evidence("Wang Yi", "title", 0, 7)))),
                List.of(new ThemeTag("agriculture", 0.71, List.of(evidence))),
                Instant.parse("2024-01-10T09:00:01Z"),
                "a1b2c3");
    }

    static Story story() {
        return new Story(
                Story.SCHEMA,
                "a1b2c3",
                List.of("CHN", "KHM"),
                Map.of("agriculture", 2, "political", 1),
                Instant.parse("2024-01-10T08:30:00Z"),
                Instant.parse("2024-01-10T11:00:00Z"),
                2,
                List.of("Ministry of Foreign Affairs of the PRC", "Khmer Times"),
                List.of(SourceType.GOVERNMENT, SourceType.INDEPENDENT_MEDIA),
                List.of("en"),
                "Wang Yi Holds Talks with Cambodian Foreign Minister",
                List.of("a1b2c3", "d4e5f6"),
                Instant.parse("2024-01-10T11:00:02Z"));
    }

    static DuplicateNotice duplicate() {
        return new DuplicateNotice(
                DuplicateNotice.SCHEMA,
                article(),
                DuplicateReason.NEAR_DUPLICATE,
                "ffee",
                2,
                Instant.parse("2024-01-10T09:00:02Z"));
    }

    static FeedState feedState() {
        return new FeedState(
                FeedState.SCHEMA,
                "cn-mfa",
                "http://www.mfa.gov.cn/eng/rss.xml",
                "https://www.mfa.gov.cn/eng/rss.xml",
                "\"abc\"",
                "Wed, 10 Jan 2024 08:30:00 GMT",
                Instant.parse("2024-01-10T09:00:00Z"),
                Instant.parse("2024-01-10T09:00:00Z"),
                0,
                "ok",
                "",
                Instant.parse("2024-01-10T09:05:00Z"),
                List.of("a1b2c3:9f86d081884c7d65"));
    }
}
