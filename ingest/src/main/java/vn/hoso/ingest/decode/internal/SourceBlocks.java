package vn.hoso.ingest.decode.internal;

import java.io.IOException;
import java.util.Objects;

/**
 * The last two blocks read from a {@link ByteSource}, held in memory so that readers going a byte or a
 * field at a time cost one source read per block. Reads of a block or more skip them and go straight to
 * the source. Keeps no position of its own; not thread-safe.
 *
 * <p>Blocks start at multiples of their size, and two are kept, because a TIFF writer puts a directory's
 * out-of-line values just before or after it: a directory straddling a block boundary would otherwise
 * cost a re-read each time the reader steps between its entries and their values.
 */
final class SourceBlocks {

    private final ByteSource source;
    private final int size;
    private final byte[][] blocks;
    private final long[] starts = {-1, -1};
    private final int[] lengths = new int[2];
    private int recent;

    SourceBlocks(ByteSource source, int size) {
        this.source = Objects.requireNonNull(source, "source");
        this.size = size;
        this.blocks = new byte[2][size];
    }

    long length() {
        return source.length();
    }

    /** @return the byte at {@code position}, or -1 at or past the end */
    int read(long position) throws IOException {
        int slot = slotHolding(position);
        if (slot < 0) {
            return -1;
        }
        return blocks[slot][(int) (position - starts[slot])] & 0xFF;
    }

    /**
     * Fills {@code into} as far as the source goes: unlike {@link ByteSource#read}, a short count means the
     * end, because ImageIO's {@code readInt} and the like call {@code read} once and take a short count for
     * end of file.
     *
     * @return how many were copied, or -1 if none because {@code position} is at or past the end
     */
    int read(long position, byte[] into, int offset, int count) throws IOException {
        Objects.checkFromIndexSize(offset, count, into.length);
        int done = 0;
        while (done < count) {
            int n = readSome(position + done, into, offset + done, count - done);
            if (n <= 0) {
                break;
            }
            done += n;
        }
        return done == 0 && count > 0 ? -1 : done;
    }

    private int readSome(long position, byte[] into, int offset, int count) throws IOException {
        if (count >= size && cached(position) < 0) {
            return source.read(position, into, offset, count);
        }
        int slot = slotHolding(position);
        if (slot < 0) {
            return -1;
        }
        int n = (int) Math.min(count, starts[slot] + lengths[slot] - position);
        System.arraycopy(blocks[slot], (int) (position - starts[slot]), into, offset, n);
        return n;
    }

    private int cached(long position) {
        for (int slot = 0; slot < 2; slot++) {
            if (position >= starts[slot] && position < starts[slot] + lengths[slot]) {
                return slot;
            }
        }
        return -1;
    }

    /** @return the slot now holding {@code position}, read into the older slot if need be; -1 at the end */
    private int slotHolding(long position) throws IOException {
        int slot = cached(position);
        if (slot < 0) {
            slot = 1 - recent;
            if (!fill(slot, position)) {
                return -1;
            }
        }
        recent = slot;
        return slot;
    }

    private boolean fill(int slot, long position) throws IOException {
        long start = position - position % size;
        int n = source.read(start, blocks[slot], 0, size);
        if (n <= 0 || position >= start + n) {
            start = position;
            n = source.read(start, blocks[slot], 0, size);
        }
        starts[slot] = n > 0 ? start : -1;
        lengths[slot] = Math.max(n, 0);
        return n > 0;
    }
}
