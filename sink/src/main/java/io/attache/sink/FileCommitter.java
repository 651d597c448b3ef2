package io.attache.sink;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Runs the commit sequence of full files (fsync, rename, folder fsync) on one background thread, in the
 * order they were handed over, so the consumer loop keeps reading while the disk syncs. One thread and
 * FIFO order keep the invariant recovery relies on: a partition's file is renamed only after every earlier
 * file of that partition. After an I/O error on a partition, its later files are discarded, never renamed,
 * until the loop has recovered the partition and {@linkplain #clearFailure cleared} the error.
 */
final class FileCommitter implements AutoCloseable {
    /** Full files waiting to be synced before the loop waits; bounds memory and unsynced data. */
    private static final int MAX_QUEUED = 4;

    private final CommitHook hook;
    private final Consumer<CommittedFile> onCommit;
    private final ExecutorService executor;
    private final Semaphore slots = new Semaphore(MAX_QUEUED);
    private final Map<TopicPartition, Integer> queued = new HashMap<>();
    private final Map<TopicPartition, IOException> failures = new HashMap<>();
    private Throwable fatal;

    FileCommitter(CommitHook hook, Consumer<CommittedFile> onCommit) {
        this.hook = hook;
        this.onCommit = onCommit;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "attache-sink-commit");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues a full file for its commit sequence; waits while {@value #MAX_QUEUED} are queued. */
    void submit(TopicPartition partition, PendingFile file) {
        slots.acquireUninterruptibly();
        synchronized (this) {
            queued.merge(partition, 1, Integer::sum);
        }
        executor.execute(() -> commit(partition, file));
    }

    private void commit(TopicPartition partition, PendingFile file) {
        try {
            if (skips(partition)) {
                file.discard();
                return;
            }
            onCommit.accept(file.commit(hook));
        } catch (IOException e) {
            file.discard();
            synchronized (this) {
                failures.putIfAbsent(partition, e);
            }
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                fatal = e; // like a crash: leave the files as they are, for recovery to sort out
            }
        } finally {
            synchronized (this) {
                queued.computeIfPresent(partition, (key, count) -> count == 1 ? null : count - 1);
                notifyAll();
            }
            slots.release();
        }
    }

    private synchronized boolean skips(TopicPartition partition) {
        return fatal != null || failures.containsKey(partition);
    }

    /** Throws what stopped the committer thread unexpectedly, if anything did; the sink must stop too. */
    synchronized void rethrowFatal() {
        if (fatal instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (fatal instanceof Error error) {
            throw error;
        }
    }

    /** Partitions whose files failed to commit, with the first error of each. */
    synchronized Map<TopicPartition, IOException> failures() {
        return Map.copyOf(failures);
    }

    /** Lets files of the partition be committed again, once it has been recovered from its files. */
    synchronized void clearFailure(TopicPartition partition) {
        failures.remove(partition);
    }

    /** Marks the partition failed so that its queued files are discarded (partition lost to another member). */
    synchronized void cancel(TopicPartition partition) {
        failures.putIfAbsent(partition, new IOException("partition " + partition + " was lost"));
    }

    /** Whether no file of the partition is queued or being committed. */
    synchronized boolean isIdle(TopicPartition partition) {
        return !queued.containsKey(partition);
    }

    /** Waits until no file of these partitions is queued or being committed. */
    synchronized void awaitIdle(Collection<TopicPartition> partitions) {
        boolean interrupted = false;
        while (partitions.stream().anyMatch(queued::containsKey)) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every queued file is committed or discarded. */
    void awaitAll() {
        List<TopicPartition> partitions;
        synchronized (this) {
            partitions = List.copyOf(queued.keySet());
        }
        awaitIdle(partitions);
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
