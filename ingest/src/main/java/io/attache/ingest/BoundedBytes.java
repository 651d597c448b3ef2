package io.attache.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads streams into memory without ever holding more than a cap, and undoes HTTP content encodings
 * with the cap applied to the decompressed bytes, so a compression bomb stops at the cap.
 */
final class BoundedBytes {
    private static final int CHUNK = 16 * 1024;

    private BoundedBytes() {}

    /** Every byte of {@code in}, failing as soon as more than {@code limit} have been read. */
    static byte[] read(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new BodyTooLargeException(limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Decodes a body sent with {@code Content-Encoding} (gzip, x-gzip, deflate as zlib or raw, identity).
     *
     * @throws BodyTooLargeException when the decoded body passes {@code limit}
     * @throws java.util.zip.ZipException (an IOException) when the compressed data is corrupt or truncated
     */
    static byte[] decode(byte[] raw, String contentEncoding, long limit) throws IOException {
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        switch (encoding) {
            case "", "identity" -> {
                if (raw.length > limit) {
                    throw new BodyTooLargeException(limit);
                }
                return raw;
            }
            case "gzip", "x-gzip" -> {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw), CHUNK)) {
                    return read(in, limit);
                }
            }
            case "deflate" -> {
                // Servers send "deflate" both zlib-wrapped (as the RFC says) and raw (as IIS did): tell by the header
                // byte.
                boolean zlib =
                        raw.length > 1 && (raw[0] & 0x0F) == 8 && ((raw[0] & 0xFF) * 256 + (raw[1] & 0xFF)) % 31 == 0;
                try (InputStream in =
                        new InflaterInputStream(new java.io.ByteArrayInputStream(raw), new Inflater(!zlib), CHUNK)) {
                    return read(in, limit);
                }
            }
            default -> throw new java.util.zip.ZipException("unsupported Content-Encoding '" + contentEncoding + "'");
        }
    }
}
