package io.attache.app;

import io.attache.app.ops.TopicReader;
import io.attache.model.EnrichedArticle;
import io.attache.model.Json;
import io.attache.model.Story;
import io.attache.model.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code attache tail}: a terminal subscriber's view of one tagged topic, a line per record. */
@Command(
        name = "tail",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Prints the records of a tagged topic, one readable line each (or the JSON with --json), and follows it.",
            "Reads <prefix>.theme.<T> with --theme, <prefix>.dyad.<AAA>-<BBB> with --dyad (a watched pair), "
                    + "<prefix>.stories with --stories, else <prefix>.enriched; every partition, from the records "
                    + "written --since ago, without a consumer group (it takes nothing from anyone). Follows until "
                    + "Ctrl-C; --no-follow stops at the end the topic had when tail started.",
            "Lines: published  pairs  themes  feed  title; for stories: last report  pair  reports from publishers  "
                    + "headline  [story id]."
        })
final class TailCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(500);

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--theme", paramLabel = "T", description = "Read the theme's topic, e.g. agriculture.")
    String theme;

    @Option(
            names = "--dyad",
            paramLabel = "AAA-BBB",
            description = "Read a watched pair's topic, e.g. CHN-KHM (either order).")
    String dyad;

    @Option(names = "--stories", description = "Read the stories topic: a line each time a story gains a report.")
    boolean stories;

    @Option(
            names = "--since",
            paramLabel = "DURATION",
            defaultValue = "24h",
            converter = DurationConverter.class,
            description =
                    "Start at the records written this long ago (default: ${DEFAULT-VALUE}); 0 starts at the end.")
    Duration since;

    @Option(names = "--json", description = "Print each record's JSON on one line (default: a readable line).")
    boolean json;

    @Option(
            names = "--no-follow",
            description = "Stop at the end the topic had when tail started (default: follow until Ctrl-C).")
    boolean noFollow;

    @Spec
    CommandSpec spec;

    private volatile boolean stopped;

    @Override
    public Integer call() throws InterruptedException {
        String topic = topic(kafka.topics());
        String bootstrap = kafka.bootstrapServersOr(KafkaOptions.DEFAULT_BOOTSTRAP);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch done = new CountDownLatch(1);
        try (TopicReader reader = new TopicReader(
                bootstrap, Map.of(topic, Optional.of(Clock.systemUTC().instant().minus(since))))) {
            if (!reader.assignNew()) {
                throw new UserException("topic " + topic + " does not exist at " + bootstrap
                        + (dyad != null ? " (is the pair watched? see --watch of enrich)" : "")
                        + ": nothing to tail yet");
            }
            Map<TopicPartition, Long> ends = reader.endOffsets();
            if (!noFollow) {
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    stopped = true;
                                    reader.wakeup();
                                    awaitQuietly(done);
                                },
                                "attache-tail-shutdown"));
            }
            while (!stopped && !(noFollow && reader.reached(ends))) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                    out.println(line(record));
                }
                out.flush();
            }
        } catch (WakeupException e) {
            // Ctrl-C: stop where we are
        } finally {
            out.flush();
            done.countDown();
        }
        return 0;
    }

    private String topic(Topics topics) {
        int chosen = (theme != null ? 1 : 0) + (dyad != null ? 1 : 0) + (stories ? 1 : 0);
        if (chosen > 1) {
            throw new UserException("give at most one of --theme, --dyad and --stories");
        }
        try {
            if (theme != null) {
                return topics.theme(theme);
            }
            if (dyad != null) {
                String[] countries = dyad.split("-", -1);
                if (countries.length != 2) {
                    throw new IllegalArgumentException("--dyad '" + dyad + "' is not a pair: write it AAA-BBB");
                }
                return topics.dyad(countries[0], countries[1]);
            }
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        return stories ? topics.stories() : topics.enriched();
    }

    private String line(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            return json ? "null" : "(deleted: " + TailLines.safe(String.valueOf(record.key())) + ")";
        }
        if (json) {
            return new String(record.value(), StandardCharsets.UTF_8).strip();
        }
        try {
            return stories
                    ? TailLines.of(Json.mapper().readValue(record.value(), Story.class))
                    : TailLines.of(Json.mapper().readValue(record.value(), EnrichedArticle.class));
        } catch (IOException e) {
            return "(unreadable record at " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                    + TailLines.safe(e.getMessage()) + ")";
        }
    }

    private static void awaitQuietly(CountDownLatch done) {
        try {
            done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
