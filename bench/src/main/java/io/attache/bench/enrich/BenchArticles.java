package io.attache.bench.enrich;

import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.LanguageSource;
import io.attache.model.TextSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Realistic diplomatic-release text for the enrich benchmarks, assembled to a target size. */
final class BenchArticles {
    private static final String[] PARAGRAPHS = {
        "On %d March, Foreign Minister Wang Yi held talks in Beijing with Cambodian Deputy Prime Minister and Foreign "
                + "Minister Prak Sokhonn. Wang Yi said that China and Cambodia are ironclad friends and that the two sides "
                + "should deepen political trust and the comprehensive strategic partnership.",
        "The two sides agreed to speed up the Fish and Rice Corridor, expand agricultural trade, and complete the "
                + "Funan Techo Canal and the new expressway under the Belt and Road Initiative, improving connectivity "
                + "and cutting logistics costs for exporters in %d provinces.",
        "Japan and Viet Nam held their energy dialogue in Hanoi, where Japanese and Vietnamese officials discussed "
                + "liquefied natural gas, power grid investment and renewable energy for the energy transition, and "
                + "%d new offshore wind power projects.",
        "Foreign ministers of the Association of Southeast Asian Nations discussed the South China Sea, freedom of "
                + "navigation under UNCLOS and an early Code of Conduct, and reviewed %d regional cooperation projects "
                + "with partners from Australia, India and the Republic of Korea.",
        "A medical team completed its mission at the provincial hospital, treating %d patients and training doctors "
                + "and nurses, while the ministry of health thanked its partners for vaccines and support against malaria.",
        "Officials also discussed scholarships for students, tourism, direct flights and people-to-people exchanges, "
                + "as well as cooperation on climate change, biodiversity and disaster relief after the floods of %d.",
    };

    /** Which release paragraphs an article is made of. */
    enum Mix {
        /**
         * One subject per article: its paragraphs all come from one of the six kinds above, so an article gets about as
         * many themes as the hand-written releases of the labelled quality set (1.5 on average); the default.
         */
        TYPICAL(120),
        /** Paragraphs of every kind in every article: about 5.5 themes each, so every enriched article fans out to many theme topics. */
        DENSE(30);

        /**
         * Pseudo-words after each paragraph. Articles of one subject repeat its paragraph, so they need longer runs
         * of random words than mixed ones to stay apart in SimHash (no near-duplicates by accident).
         */
        private final int pseudoWords;

        Mix(int pseudoWords) {
            this.pseudoWords = pseudoWords;
        }
    }

    private BenchArticles() {
    }

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "sta", "vo", "pra", "tel", "su", "nor", "da", "fi", "gan", "be"};

    /**
     * The {@code i}-th article body of about {@code bytes} bytes: release paragraphs (so the tagger finds what
     * it finds in real copy) between runs of pseudo-words drawn at random, so that no two bodies are
     * near-duplicates by accident.
     */
    static String text(int i, int bytes, Mix mix) {
        Random random = new Random(i);
        int subject = random.nextInt(PARAGRAPHS.length);
        StringBuilder text = new StringBuilder(bytes + 400);
        while (text.length() < bytes) {
            String paragraph = PARAGRAPHS[mix == Mix.TYPICAL ? subject : random.nextInt(PARAGRAPHS.length)];
            text.append(String.format(paragraph, 3 + random.nextInt(997))).append(' ');
            for (int w = 0; w < mix.pseudoWords; w++) {
                int syllables = 2 + random.nextInt(2);
                for (int s = 0; s < syllables; s++) {
                    text.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                text.append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** {@code count} distinct articles of about {@code bytes} bytes each. */
    static List<Article> articles(int count, int bytes, Mix mix) {
        List<Article> articles = new ArrayList<>(count);
        Instant published = Instant.parse("2024-03-12T08:00:00Z");
        for (int i = 0; i < count; i++) {
            String title = "Bulletin " + i + ": China and Cambodia hold talks";
            String text = text(i, bytes, mix);
            articles.add(new Article(Article.SCHEMA, "bench-" + i, "", "https://example.org/" + i, title, text, "",
                    published.plusSeconds(i), false, List.of(), List.of(), "en",
                    new FeedRef("bench", "https://example.org/rss", "", "", ""), published.plusSeconds(i + 60),
                    sha(title + text), TextSource.FEED, LanguageSource.FEED));
        }
        return articles;
    }

    private static String sha(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
