package io.attache.app;

import java.util.concurrent.CountDownLatch;

/**
 * How a long-running command waits for Ctrl-C or SIGTERM: the JVM's shutdown hook runs the command's stop
 * sequence, and only when it has finished may the JVM exit, so in-flight work is completed, not cut off.
 */
final class StopSignal {
    /** A stop sequence; may throw, the failure is reported and the JVM still exits. */
    @FunctionalInterface
    interface StopSequence {
        void stop() throws Exception;
    }

    private StopSignal() {}

    /** Registers {@code stop} to run on shutdown, then blocks the caller until it has run. */
    static void awaitThen(String part, StopSequence stop) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                stop.stop();
                            } catch (Exception e) {
                                System.err.println("attache: stopping " + part + " failed: " + e);
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "attache-" + part + "-shutdown"));
        stopped.await();
    }
}
