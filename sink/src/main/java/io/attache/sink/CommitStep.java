package io.attache.sink;

/**
 * The steps of making a file part of the output, in order. A crash between any two leaves the output
 * recoverable: before {@link #RENAMED} the data is only in a temporary file that recovery deletes; from
 * {@link #RENAMED} on, the file counts and recovery resumes after its last offset.
 */
enum CommitStep {
    /** Every line is handed to the operating system; the temporary file is not yet synced. */
    WRITTEN,
    /** The temporary file's content is on disk (fsync). */
    SYNCED,
    /** The file has its final name (atomic rename); the folder entry may not be on disk yet. */
    RENAMED,
    /** The folder is synced, so the final name survives a power cut; the offset is not yet committed. */
    FOLDER_SYNCED,
    /** The consumer offset after the file is committed to Kafka. */
    OFFSET_COMMITTED
}
