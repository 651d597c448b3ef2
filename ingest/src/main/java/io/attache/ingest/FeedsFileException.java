package io.attache.ingest;

import java.nio.file.Path;

/** A feeds file or {@code --feed} value that cannot be used; the message names the file, line and field. */
public final class FeedsFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FeedsFileException(String message) {
        super(message);
    }

    static FeedsFileException at(Path file, int line, String field, String problem) {
        String where = line > 0 ? file + ":" + line : file.toString();
        return new FeedsFileException(where + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + problem);
    }
}
