package vn.hoso.ingest.decode.internal;

import java.io.IOException;
import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An ImageIO stream over a {@link ByteSource}, for the image readers and the structural checks. Its
 * blocks are small on purpose: walking a multi-page TIFF's directory chain touches every page's
 * directory, and each touch costs a block, while strip data is read in large pieces that bypass them.
 */
public final class SourceImageInputStream extends ImageInputStreamImpl {

    private static final int BLOCK_SIZE = 1024;

    private final SourceBlocks source;

    /** Does not take ownership: closing this stream leaves the source open. */
    public SourceImageInputStream(ByteSource source) {
        this.source = new SourceBlocks(source, BLOCK_SIZE);
    }

    @Override
    public int read() throws IOException {
        checkClosed();
        bitOffset = 0;
        int value = source.read(streamPos);
        if (value >= 0) {
            streamPos++;
        }
        return value;
    }

    @Override
    public int read(byte[] into, int offset, int count) throws IOException {
        checkClosed();
        bitOffset = 0;
        int n = source.read(streamPos, into, offset, count);
        if (n > 0) {
            streamPos += n;
        }
        return n;
    }

    @Override
    public long length() {
        return source.length();
    }
}
