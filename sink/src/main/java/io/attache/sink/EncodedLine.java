package io.attache.sink;

/**
 * One record ready to append: the folder it belongs in (relative to {@code <root>/<topic>/}), the line
 * without its newline, and the rotation interval it falls in.
 *
 * @param folder   relative folder, e.g. {@code partition=0} or {@code theme=agriculture/dt=2024-01-10}
 * @param body     UTF-8 JSON on one line, without the newline; for plain values the record's own array
 * @param interval rotation interval number ({@link Rotation#intervalOf}), 0 when time rotation is off
 * @param rejected whether this is a rejected record bound for {@code _rejected/}
 */
record EncodedLine(String folder, byte[] body, long interval, boolean rejected) {
    /** Bytes the line takes in the file, newline included. */
    int length() {
        return body.length + 1;
    }
}
