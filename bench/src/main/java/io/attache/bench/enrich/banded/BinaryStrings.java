package io.attache.bench.enrich.banded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings in enrichment's binary formats: a 4-byte length, then UTF-8; a list of strings is a 4-byte count, then
 * the strings.
 */
public final class BinaryStrings {
    private BinaryStrings() {}

    public static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes a string made by {@link #utf8} takes, with its length. */
    public static int size(byte[] utf8) {
        return Integer.BYTES + utf8.length;
    }

    public static void put(ByteBuffer out, byte[] utf8) {
        out.putInt(utf8.length).put(utf8);
    }

    public static List<byte[]> utf8(List<String> values) {
        return values.stream().map(BinaryStrings::utf8).toList();
    }

    /** Bytes a list made by {@link #utf8(List)} takes, with its count. */
    public static int size(List<byte[]> utf8) {
        int size = Integer.BYTES;
        for (byte[] value : utf8) {
            size += size(value);
        }
        return size;
    }

    public static void put(ByteBuffer out, List<byte[]> utf8) {
        out.putInt(utf8.size());
        utf8.forEach(value -> put(out, value));
    }

    public static List<String> readList(ByteBuffer in) {
        int count = in.getInt();
        // Each string takes at least its length's four bytes, so a corrupt count cannot allocate more than the input.
        List<String> values = new ArrayList<>(Math.min(count, in.remaining() / Integer.BYTES));
        for (int i = 0; i < count; i++) {
            values.add(read(in));
        }
        return values;
    }

    public static String read(ByteBuffer in) {
        int length = in.getInt();
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }
}
