package io.attache.bench.enrich;

import io.attache.model.Article;
import io.attache.model.FeedRef;
import io.attache.model.LanguageSource;
import io.attache.model.SourceType;
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

    private BenchArticles() {}

    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ren", "sta", "vo", "pra", "tel", "su", "nor", "da", "fi", "gan", "be"
    };

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

    /** Chinese release sentences, written for this benchmark in the style of a foreign ministry's. */
    private static final String[] CHINESE_SENTENCES = {
        "外交部长王毅在北京同柬埔寨副首相兼外交大臣布拉索昆举行会谈。",
        "双方同意深化政治互信，推进全面战略合作伙伴关系，加强经贸、农业和基础设施合作。",
        "王毅表示，中方愿同柬方共建“鱼米走廊”，扩大柬埔寨优质农产品对华出口。",
        "布拉索昆表示，柬方坚定奉行一个中国政策，感谢中方在扫雷、卫生和教育领域提供的支持。",
        "中柬两国将加快推进运河和高速公路项目建设，提升互联互通水平。",
        "双方还就南海问题、澜湄合作和东盟事务交换了意见，同意在联合国等多边框架内加强协调。",
        "会谈后，两国外长共同出席了人文交流年活动启动仪式，并签署了多项合作文件。",
        "据统计，今年前十个月中柬贸易额同比增长百分之十二，中国继续保持柬埔寨最大贸易伙伴地位。",
        "国家统计局发布数据显示，全国粮食总产量再创新高，秋粮收获进度过半。",
        "气象部门预计，受台风影响，南方沿海地区将出现强降雨，有关部门已启动防汛应急响应。",
    };

    /** The {@code i}-th Chinese article body of about {@code bytes} bytes of UTF-8: the sentences in a random order. */
    static String chineseText(int i, int bytes) {
        Random random = new Random(i);
        StringBuilder text = new StringBuilder();
        while (text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < bytes) {
            text.append(CHINESE_SENTENCES[random.nextInt(CHINESE_SENTENCES.length)]);
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
            articles.add(new Article(
                    Article.SCHEMA,
                    "bench-" + i,
                    "",
                    "https://example.org/" + i,
                    title,
                    text,
                    "",
                    published.plusSeconds(i),
                    false,
                    List.of(),
                    List.of(),
                    "en",
                    new FeedRef("bench", "https://example.org/rss", "", "", "", SourceType.OTHER),
                    published.plusSeconds(i + 60),
                    sha(title + text),
                    TextSource.FEED,
                    LanguageSource.FEED));
        }
        return articles;
    }

    private static String sha(String s) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
