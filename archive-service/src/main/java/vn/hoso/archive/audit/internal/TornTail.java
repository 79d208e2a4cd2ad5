package vn.hoso.archive.audit.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A crash during a write can leave the open segment ending in part of a line. That fragment was never acknowledged,
 * so it is not a record: it is moved aside (kept for inspection) and the segment cut back to its last line break.
 */
final class TornTail {

    private TornTail() {}

    /** Cuts a torn tail off {@code segment} if it has one; returns how many bytes were cut. */
    static long cut(Path segment) throws IOException {
        if (!Files.exists(segment)) {
            return 0;
        }
        try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long end = lastLineEnd(channel);
            long torn = channel.size() - end;
            if (torn > 0) {
                ByteBuffer fragment = ByteBuffer.allocate(Math.toIntExact(torn));
                channel.read(fragment, end);
                Path aside = segment.resolveSibling(segment.getFileName() + ".torn-" + System.currentTimeMillis());
                Files.write(aside, fragment.array());
                channel.truncate(end);
                channel.force(true);
            }
            return torn;
        }
    }

    /** The offset just past the last line break, or 0 when there is none. */
    private static long lastLineEnd(FileChannel channel) throws IOException {
        long position = channel.size();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (position > 0) {
            one.clear();
            channel.read(one, position - 1);
            if (one.get(0) == '\n') {
                return position;
            }
            position--;
        }
        return 0;
    }
}
