package io.attache.enrich.stream;

import io.attache.enrich.dedupe.TaggedArticle;
import io.attache.enrich.story.StoryFeatures;
import io.attache.enrich.story.StoryIndex;
import io.attache.enrich.story.StoryLink;
import io.attache.enrich.story.StoryStamp;
import io.attache.enrich.story.StoryState;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gives every unique article its story, in the serial step after the copy check, one article at a time in the order
 * of the copy-check partition (so the same input gives the same stories). An article joins the held story of its key
 * (dyad, else country) whose first report was published within the window of it and whose terms are most like its
 * own, if they are alike enough ({@link #MIN_SIMILARITY}); otherwise it starts a story, whose id is its own. An
 * article already in a story (a revision) stays in it. The article goes on with its story id written in; a story it
 * joined or started goes to the stories topic as it now stands. Under exactly-once, the stores' writes and both
 * outputs are one transaction.
 */
public final class StoryAssigner implements Processor<String, TaggedArticle, String, Object> {
    /**
     * The cosine a report needs with a story to join it, chosen on the labelled set's development half
     * (docs/tagging-quality.md): reports of one event from different outlets score 0.2–0.6, reports of different
     * events of the same pair on the same days mostly under 0.1.
     */
    public static final double MIN_SIMILARITY = 0.15;

    private final String storyStoreName;
    private final String linkStoreName;
    private final String routeChild;
    private final String storiesChild;
    private final Duration window;
    private final Duration retention;
    private final Clock clock;
    private ProcessorContext<String, Object> context;
    private StoryIndex stories;
    private KeyValueStore<String, StoryLink> links;

    /**
     * @param routeChild   where articles go on, their story id written in
     * @param storiesChild where the record of each story joined or started goes, keyed by story id
     * @param window       how far from a story's first report (publication time) a report may be and join it; also how
     *                     long (stream time) a story is held after its last report joined
     * @param retention    how long an article's story is remembered, for its revisions
     */
    public StoryAssigner(
            String storyStoreName,
            String linkStoreName,
            String routeChild,
            String storiesChild,
            Duration window,
            Duration retention,
            Clock clock) {
        this.storyStoreName = storyStoreName;
        this.linkStoreName = linkStoreName;
        this.routeChild = routeChild;
        this.storiesChild = storiesChild;
        this.window = window;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.stories = StoryIndex.load(context.getStateStore(storyStoreName), window.toMillis());
        this.links = context.getStateStore(linkStoreName);
        context.schedule(
                RetentionPurger.interval(retention),
                PunctuationType.STREAM_TIME,
                streamTime ->
                        RetentionPurger.deleteExpired(links, streamTime - retention.toMillis(), StoryLink::seenAt));
    }

    @Override
    public void process(Record<String, TaggedArticle> record) {
        long now = record.timestamp();
        stories.expireBefore(now - window.toMillis());
        TaggedArticle article = record.value();
        StoryLink earlier = links.get(article.articleId());
        String storyId =
                earlier != null && earlier.seenAt() >= now - retention.toMillis() ? earlier.storyId() : join(record);
        links.put(article.articleId(), new StoryLink(storyId, now));
        context.forward(
                record.withValue((Object) article.withEnriched(StoryStamp.stamp(article.enriched(), storyId))),
                routeChild);
    }

    /** The story the article joins or starts, written and published; its id. */
    private String join(Record<String, TaggedArticle> record) {
        TaggedArticle article = record.value();
        StoryFeatures features = article.story();
        StoryState story = stories.closest(features, MIN_SIMILARITY)
                .map(found -> found.with(
                        article.articleId(), features, article.themes(), record.timestamp(), clock.instant()))
                .orElseGet(() -> StoryState.start(
                        newStoryId(article),
                        article.articleId(),
                        features,
                        article.themes(),
                        record.timestamp(),
                        clock.instant()));
        stories.put(story);
        context.forward(record.withKey(story.story().id()).withValue((Object) story.story()), storiesChild);
        return story.story().id();
    }

    /** The article's own id: no two first reports share it (a later revision starting a story is told apart). */
    private static String newStoryId(TaggedArticle article) {
        return article.revision() == 0 ? article.articleId() : article.articleId() + "-r" + article.revision();
    }
}
