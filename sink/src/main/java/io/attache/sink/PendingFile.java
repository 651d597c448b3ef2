package io.attache.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.common.TopicPartition;

/**
 * A file being filled: a hidden temporary file in its final folder, renamed to its committed name only
 * when complete and synced. Until then no reader sees it and recovery deletes it.
 */
final class PendingFile {
    private static final int BUFFER = 64 * 1024;

    private final TopicPartition partition;
    private final Path folder;
    private final String folderName;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream out;
    private final OutputStream compressor;
    private final boolean gzip;
    private final boolean rejected;
    private final long firstOffset;
    private final long interval;
    private long lastOffset;
    private long records;
    private long bytes;

    private PendingFile(
            TopicPartition partition,
            Path folder,
            String folderName,
            Path temporary,
            FileChannel channel,
            OutputStream out,
            OutputStream compressor,
            boolean gzip,
            boolean rejected,
            long firstOffset,
            long interval) {
        this.partition = partition;
        this.folder = folder;
        this.folderName = folderName;
        this.temporary = temporary;
        this.channel = channel;
        this.out = out;
        this.compressor = compressor;
        this.gzip = gzip;
        this.rejected = rejected;
        this.firstOffset = firstOffset;
        this.lastOffset = firstOffset;
        this.interval = interval;
    }

    /** Creates the temporary file for records of {@code partition} starting at {@code firstOffset}. */
    static PendingFile open(Path topicDir, TopicPartition partition, EncodedLine first, long firstOffset, boolean gzip)
            throws IOException {
        Path folder = topicDir.resolve(first.folder());
        Files.createDirectories(folder);
        Path temporary =
                folder.resolve(SinkFileName.temporaryName(partition.topic(), partition.partition(), firstOffset));
        FileChannel channel = FileChannel.open(
                temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        try {
            OutputStream raw = Channels.newOutputStream(channel);
            OutputStream compressor = gzip ? new GZIPOutputStream(raw, BUFFER) : raw;
            OutputStream out = new BufferedOutputStream(compressor, BUFFER);
            return new PendingFile(
                    partition,
                    folder,
                    first.folder(),
                    temporary,
                    channel,
                    out,
                    compressor,
                    gzip,
                    first.rejected(),
                    firstOffset,
                    first.interval());
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    /** Whether {@code line} may go into this file rather than closing it first. */
    boolean accepts(EncodedLine line) {
        return line.folder().equals(folderName) && line.interval() == interval;
    }

    void append(EncodedLine line, long offset) throws IOException {
        out.write(line.body());
        out.write('\n');
        lastOffset = offset;
        records++;
        bytes += line.length();
    }

    long records() {
        return records;
    }

    long bytes() {
        return bytes;
    }

    /**
     * Makes the file part of the output: flush, fsync, atomic rename to the final name, fsync the folder.
     * Offsets are committed by the caller only after this returns.
     */
    CommittedFile commit(CommitHook hook) throws IOException {
        out.flush();
        if (compressor instanceof GZIPOutputStream gzipStream) {
            gzipStream.finish();
        }
        hook.reached(CommitStep.WRITTEN, partition);
        channel.force(true);
        channel.close();
        hook.reached(CommitStep.SYNCED, partition);
        SinkFileName name = new SinkFileName(partition.topic(), partition.partition(), firstOffset, lastOffset, gzip);
        Path target = folder.resolve(name.fileName());
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        hook.reached(CommitStep.RENAMED, partition);
        syncFolder(folder);
        hook.reached(CommitStep.FOLDER_SYNCED, partition);
        return new CommittedFile(target, name, records, Files.size(target), rejected);
    }

    /** Drops the file: its records will be read again from Kafka. */
    void discard() {
        try {
            channel.close();
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // recovery deletes leftover temporary files on the next assignment
        }
        try {
            out.close(); // releases the compressor's native memory; the channel is already closed
        } catch (IOException e) {
            // expected: nothing can be written any more
        }
    }

    /** Syncs a folder so that a rename inside it survives a power cut (Linux and macOS honour this). */
    static void syncFolder(Path folder) throws IOException {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
