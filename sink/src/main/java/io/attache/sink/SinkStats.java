package io.attache.sink;

/**
 * What a sink has committed since it was created; the figures for a run summary.
 *
 * @param files      committed files, including {@code _rejected/} files
 * @param bytes      bytes on disk of those files
 * @param records    records in committed files, rejected ones excluded
 * @param rejected   records written to {@code _rejected/} files
 * @param tombstones records with a null value, skipped (counted each time they are read)
 */
public record SinkStats(long files, long bytes, long records, long rejected, long tombstones) {}
