package io.attache.app.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline as separate processes (broker, ingest, two enrich and two sink instances) against feeds that
 * keep publishing articles, copies and revisions and sometimes hang, fail or send garbage, while parts are
 * killed with {@code kill -9} at random moments, the broker is stopped and restarted, and everything is
 * killed at once. Afterwards every article must be in the files exactly once (see {@link Reconciliation}).
 *
 * <p>By default a short run (a few faults); {@code -Pfaults-long} runs the long one (see docs/reliability.md).
 * A failure prints the seed that replays it: {@code -Dfaults.seed=N}.
 */
class FaultInjectionIT {
    /** How long the world may take to move on before a fault; covers parts that are still starting. */
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void everyArticleReachesTheFilesExactlyOnceWhateverIsKilled() throws IOException {
        FaultPlan plan = FaultPlan.fromSystemProperties();
        Path jar =
                Path.of(System.getProperty("attache.jar", "target/attache.jar")).toAbsolutePath();
        assertThat(jar).as("the attache jar (built by mvn package)").exists();
        System.out.println("faults: " + plan + " (replay with -Dfaults.seed=" + plan.seed() + ")");
        Random random = new Random(plan.seed());
        List<String> events = new ArrayList<>();
        Instant started = Instant.now();
        try (FeedWorld world = FeedWorld.start(plan.seed(), plan.stories())) {
            Path feeds = Files.writeString(dir.resolve("feeds.yaml"), world.feedsFile());
            try (Pipeline pipeline = Pipeline.at(dir, jar, feeds)) {
                try {
                    Timeline timeline = new Timeline(started, events);
                    run(plan, random, world, pipeline, timeline);
                    List<String> problems = settleAndReconcile(plan, world, pipeline, timeline);
                    String summary = summary(plan, world, events, started);
                    System.out.println(summary);
                    assertThat(problems).as(summary).isEmpty();
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(
                            "fault injection failed; replay with -Dfaults.seed=" + plan.seed() + System.lineSeparator()
                                    + "faults: " + events + pipeline.tails(30),
                            e);
                }
            }
        }
    }

    /** The run's events, each with the seconds since the start, printed as they happen. */
    private record Timeline(Instant started, List<String> events) {
        void add(String event) {
            String stamped = Duration.between(started, Instant.now()).toSeconds() + " s: " + event;
            events.add(stamped);
            System.out.println("faults: " + stamped);
        }
    }

    private static void run(FaultPlan plan, Random random, FeedWorld world, Pipeline pipeline, Timeline timeline) {
        pipeline.start();
        timeline.add("started");
        for (FaultPlan.Fault fault : plan.schedule(random)) {
            int target = world.events() + 2 + random.nextInt(8);
            await().atMost(PROGRESS_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> world.events() >= target || world.exhausted());
            pipeline.restartExited().forEach(name -> timeline.add("restarted after exiting: " + name));
            int at = world.events();
            timeline.add(apply(fault, random, pipeline) + " at world event " + at);
        }
    }

    private static String apply(FaultPlan.Fault fault, Random random, Pipeline pipeline) {
        return switch (fault) {
            case KILL_PART -> {
                PartProcess part =
                        pipeline.parts().get(random.nextInt(pipeline.parts().size()));
                pipeline.killAndRestart(part);
                yield "kill -9 " + part.name();
            }
            case RESTART_BROKER -> {
                boolean graceful = random.nextBoolean();
                pipeline.restartBroker(graceful);
                yield (graceful ? "SIGTERM" : "kill -9") + " broker";
            }
            case KILL_ALL -> {
                pipeline.killAll();
                yield "kill -9 everything";
            }
        };
    }

    /** Stops the world, lets the output catch up, stops the parts gracefully and compares. */
    private static List<String> settleAndReconcile(
            FaultPlan plan, FeedWorld world, Pipeline pipeline, Timeline timeline) {
        world.freeze();
        timeline.add("world frozen");
        List<Story> stories = world.stories();
        try {
            // The parts still run while this polls: a file that vanishes mid-walk (a sink's temporary file renamed, a
            // starting sink's write check) fails that poll only; the check after the graceful stop reads a still
            // folder.
            await().atMost(plan.settle())
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                    .until(() -> {
                        // As during the run (and as a supervisor would): a part that gave up is started again.
                        pipeline.restartExited().forEach(name -> timeline.add("restarted after exiting: " + name));
                        return Reconciliation.missing(pipeline.out(), stories).isEmpty();
                    });
            timeline.add("output settled");
        } catch (ConditionTimeoutException e) {
            timeline.add("output did not settle within " + plan.settle());
        }
        timeline.add("graceful stop, exit codes " + pipeline.stopParts());
        return Reconciliation.check(pipeline.out(), stories, pipeline.bootstrapServers());
    }

    private static String summary(FaultPlan plan, FeedWorld world, List<String> events, Instant started) {
        List<Story> stories = world.stories();
        long nearCopies =
                stories.stream().filter(s -> s.kind() == Story.Kind.NEAR_COPY).count();
        long revisions = stories.stream().mapToLong(s -> s.texts().size() - 1).sum();
        return "faults: seed " + plan.seed() + ", " + plan.kills() + " faults (" + plan.brokerRestarts()
                + " broker restarts, " + plan.killAlls() + " kill-all), " + stories.size() + " stories ("
                + nearCopies + " near-copies, " + revisions + " revisions), " + world.events() + " world events, "
                + world.faultyResponses() + " bad responses, "
                + Duration.between(started, Instant.now()).toSeconds()
                + " s; events: " + events;
    }
}
