package io.attache.enrich.dedupe;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Strings in enrichment's binary formats: a 4-byte length, then UTF-8. */
final class BinaryStrings {
    private BinaryStrings() {
    }

    static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes a string made by {@link #utf8} takes, with its length. */
    static int size(byte[] utf8) {
        return Integer.BYTES + utf8.length;
    }

    static void put(ByteBuffer out, byte[] utf8) {
        out.putInt(utf8.length).put(utf8);
    }

    static String read(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
