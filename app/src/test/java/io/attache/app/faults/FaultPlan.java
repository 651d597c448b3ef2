package io.attache.app.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a fault-injection run does, from system properties: {@code faults.seed} (default: a new one, printed),
 * {@code faults.kills} (faults in all), {@code faults.brokerRestarts}, {@code faults.killAlls}, {@code
 * faults.stories} (original articles the feeds publish at most) and {@code faults.settle} (seconds the output
 * may take to catch up once the faults stop).
 *
 * @param seed           the one seed every random choice comes from
 * @param kills          faults in all: part kills, broker restarts and whole-pipeline kills
 * @param brokerRestarts of which broker stops and restarts
 * @param killAlls       of which {@code kill -9} of every process at once
 * @param stories        articles the feed world publishes at most
 * @param settle         how long the output may take to catch up after the last fault
 */
record FaultPlan(long seed, int kills, int brokerRestarts, int killAlls, int stories, Duration settle) {
    /** One fault of the run. */
    enum Fault {
        KILL_PART,
        RESTART_BROKER,
        KILL_ALL
    }

    FaultPlan {
        if (brokerRestarts + killAlls > kills) {
            throw new IllegalArgumentException("faults.kills (" + kills + ") must cover faults.brokerRestarts ("
                    + brokerRestarts + ") and faults.killAlls (" + killAlls + ")");
        }
    }

    static FaultPlan fromSystemProperties() {
        return new FaultPlan(
                Long.getLong("faults.seed", System.nanoTime()),
                Integer.getInteger("faults.kills", 4),
                Integer.getInteger("faults.brokerRestarts", 1),
                Integer.getInteger("faults.killAlls", 1),
                Integer.getInteger("faults.stories", 150),
                Duration.ofSeconds(Integer.getInteger("faults.settle", 150)));
    }

    /** The faults in the order they happen, shuffled by {@code random}. */
    List<Fault> schedule(Random random) {
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            faults.add(
                    i < brokerRestarts
                            ? Fault.RESTART_BROKER
                            : i < brokerRestarts + killAlls ? Fault.KILL_ALL : Fault.KILL_PART);
        }
        Collections.shuffle(faults, random);
        return faults;
    }
}
