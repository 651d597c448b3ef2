package io.attache.sink;

import java.nio.file.Path;

/**
 * A file that has reached its final name.
 *
 * @param path    where it is
 * @param name    its parsed name (topic, partition, offsets)
 * @param records how many records it holds
 * @param bytes   its size on disk
 * @param rejected whether it is a {@code _rejected/} file
 */
public record CommittedFile(Path path, SinkFileName name, long records, long bytes, boolean rejected) {}
