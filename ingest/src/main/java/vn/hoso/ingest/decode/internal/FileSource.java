package vn.hoso.ingest.decode.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * {@link ByteSource} over a file, read with positional {@link FileChannel} reads, which need no lock and
 * move no shared cursor.
 */
final class FileSource implements ByteSource {

    /**
     * The JDK copies each channel read through a temporary direct buffer that it keeps per thread, sized
     * to the largest read; capping reads keeps that off-heap cache small.
     */
    private static final int MAX_READ = 64 * 1024;

    private final FileChannel channel;
    private final long length;

    private FileSource(FileChannel channel, long length) {
        this.channel = channel;
        this.length = length;
    }

    static FileSource open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(Objects.requireNonNull(file, "file"), StandardOpenOption.READ);
        try {
            return new FileSource(channel, channel.size());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read(long position, byte[] into, int offset, int count) throws IOException {
        Objects.checkFromIndexSize(offset, count, into.length);
        if (position < 0) {
            throw new IndexOutOfBoundsException("negative position " + position);
        }
        if (position >= length) {
            return -1;
        }
        int wanted = (int) Math.min(Math.min(count, MAX_READ), length - position);
        ByteBuffer target = ByteBuffer.wrap(into, offset, wanted);
        int n;
        do {
            n = channel.read(target, position);
        } while (n == 0 && wanted > 0);
        return n;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
