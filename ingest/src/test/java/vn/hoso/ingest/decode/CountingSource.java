package vn.hoso.ingest.decode;

import java.io.IOException;
import vn.hoso.ingest.decode.internal.ByteSource;

/** Passes reads through to a real source and adds up the bytes they returned. */
final class CountingSource implements ByteSource {

    private final ByteSource source;
    private long bytesRead;

    CountingSource(ByteSource source) {
        this.source = source;
    }

    long bytesRead() {
        return bytesRead;
    }

    @Override
    public long length() {
        return source.length();
    }

    @Override
    public int read(long position, byte[] into, int offset, int count) throws IOException {
        int n = source.read(position, into, offset, count);
        if (n > 0) {
            bytesRead += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
