package io.attache.ingest;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Runs tasks with at most {@code global} in flight and at most {@code perHost} per host. A task waiting for
 * its host holds no thread and no global slot, so a slow host never delays tasks for other hosts.
 */
final class HostThrottle {
    private final int global;
    private final int perHost;
    private final ExecutorService executor;
    private final Queue<Pending<?>> waiting = new ArrayDeque<>();
    private final Map<String, Integer> runningByHost = new HashMap<>();
    private int running;

    HostThrottle(int global, int perHost, ExecutorService executor) {
        this.global = global;
        this.perHost = perHost;
        this.executor = executor;
    }

    /** Queues {@code task} for {@code host}; the future completes with its result (or its exception). */
    <T> CompletableFuture<T> submit(String host, Supplier<T> task) {
        Pending<T> pending = new Pending<>(host, task, new CompletableFuture<>());
        synchronized (this) {
            waiting.add(pending);
        }
        dispatch();
        return pending.result();
    }

    /** Tasks queued but not started. */
    synchronized int waitingCount() {
        return waiting.size();
    }

    private void dispatch() {
        synchronized (this) {
            Iterator<Pending<?>> it = waiting.iterator();
            while (it.hasNext() && running < global) {
                Pending<?> next = it.next();
                int forHost = runningByHost.getOrDefault(next.host(), 0);
                if (forHost < perHost) {
                    it.remove();
                    running++;
                    runningByHost.put(next.host(), forHost + 1);
                    start(next);
                }
            }
        }
    }

    private <T> void start(Pending<T> pending) {
        try {
            execute(pending);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running--;
            runningByHost.merge(pending.host(), -1, (a, b) -> a + b == 0 ? null : a + b);
            pending.result().completeExceptionally(e);
        }
    }

    private <T> void execute(Pending<T> pending) {
        executor.execute(() -> {
            try {
                pending.result().complete(pending.task().get());
            } catch (RuntimeException | Error e) {
                pending.result().completeExceptionally(e);
            } finally {
                finished(pending.host());
            }
        });
    }

    private void finished(String host) {
        synchronized (this) {
            running--;
            runningByHost.merge(host, -1, (a, b) -> a + b == 0 ? null : a + b);
        }
        dispatch();
    }

    private record Pending<T>(String host, Supplier<T> task, CompletableFuture<T> result) {}
}
