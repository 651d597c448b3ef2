package io.attache.sink;

import java.time.Instant;

/**
 * A partition the sink cannot write for now; it is retried every few seconds and resumes by itself.
 *
 * @param cause    what is wrong, in words: {@code disk full}, {@code file system is read-only},
 *                 {@code permission denied} or {@code I/O error}
 * @param since    when the first write of the pause failed
 * @param failures failed attempts so far, the first one included
 */
public record SinkPause(String cause, Instant since, int failures) {}
