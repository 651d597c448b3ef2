package io.attache.model;

/** The serdes for every record Attaché puts on a topic, in one place. */
public final class RecordSerdes {
    private static final JsonSerde<Article> ARTICLE = new JsonSerde<>(Article.class);
    private static final JsonSerde<EnrichedArticle> ENRICHED = new JsonSerde<>(EnrichedArticle.class);
    private static final JsonSerde<DuplicateNotice> DUPLICATE = new JsonSerde<>(DuplicateNotice.class);
    private static final JsonSerde<FeedState> FEED_STATE = new JsonSerde<>(FeedState.class);
    private static final JsonSerde<Story> STORY = new JsonSerde<>(Story.class);

    private RecordSerdes() {}

    /** Values of {@code news.articles}. */
    public static JsonSerde<Article> article() {
        return ARTICLE;
    }

    /** Values of {@code news.enriched}, {@code news.theme.*} and {@code news.dyad.*}. */
    public static JsonSerde<EnrichedArticle> enriched() {
        return ENRICHED;
    }

    /** Values of {@code news.duplicates}. */
    public static JsonSerde<DuplicateNotice> duplicate() {
        return DUPLICATE;
    }

    /** Values of the compacted {@code news.feed-state} topic. */
    public static JsonSerde<FeedState> feedState() {
        return FEED_STATE;
    }

    /** Values of the compacted {@code news.stories} topic. */
    public static JsonSerde<Story> story() {
        return STORY;
    }
}
