package vn.hoso.ingest.decode.internal;

import java.util.Objects;

/** {@link ByteSource} over bytes already in memory. */
final class ArraySource implements ByteSource {

    private final byte[] bytes;

    ArraySource(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public int read(long position, byte[] into, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, into.length);
        if (position < 0) {
            throw new IndexOutOfBoundsException("negative position " + position);
        }
        if (position >= bytes.length) {
            return -1;
        }
        int n = (int) Math.min(count, bytes.length - position);
        System.arraycopy(bytes, (int) position, into, offset, n);
        return n;
    }

    @Override
    public void close() {}
}
