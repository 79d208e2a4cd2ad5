package vn.hoso.archive.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One segment file of the trail as far as it had been written when it was looked at: readers never see a line the
 * writer is still adding.
 *
 * @param name file name, e.g. {@code 000001.jsonl}
 * @param path where it is
 * @param length bytes to read from its start
 * @param sealed true once nothing more will be appended to it
 */
public record SegmentFile(String name, Path path, long length, boolean sealed) {

    /** A complete line of a segment. */
    public record Line(String segment, long number, String text) {}

    /**
     * Hands every complete line to {@code lines} in order, and returns true when the segment ends in an unterminated
     * fragment (a write cut short by a crash), which is not handed over.
     */
    public boolean forEachLine(Consumer<Line> lines) {
        byte[] bytes = bytes();
        int start = 0;
        long number = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.accept(new Line(name, ++number, new String(bytes, start, i - start, StandardCharsets.UTF_8)));
                start = i + 1;
            }
        }
        return start < bytes.length;
    }

    /** The first {@link #length} bytes; a segment is at most the configured segment size plus one record. */
    public byte[] bytes() {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(Math.toIntExact(length));
            return bytes.length == length ? bytes : Arrays.copyOf(bytes, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit segment " + path, e);
        }
    }
}
