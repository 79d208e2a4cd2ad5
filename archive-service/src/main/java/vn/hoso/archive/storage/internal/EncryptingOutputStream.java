package vn.hoso.archive.storage.internal;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the header, then the plaintext in sealed segments. A full segment is held back until more bytes arrive,
 * because only {@link #close} knows which segment is the last; memory is one segment whatever the object's size.
 * Closing closes the target; an object whose stream was never closed has no final segment and will not decrypt.
 */
final class EncryptingOutputStream extends OutputStream {

    private final OutputStream target;
    private final SegmentCipher cipher;
    private final byte[] segment;
    private int filled;
    private long index;
    private boolean closed;

    EncryptingOutputStream(OutputStream target, EnvelopeHeader header, SegmentCipher cipher) throws IOException {
        this.target = target;
        this.cipher = cipher;
        this.segment = new byte[cipher.segmentSize()];
        header.writeTo(target);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        while (length > 0) {
            if (filled == segment.length) {
                target.write(cipher.seal(segment, filled, index++, false));
                filled = 0;
            }
            int taken = Math.min(length, segment.length - filled);
            System.arraycopy(bytes, offset, segment, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (target) {
            target.write(cipher.seal(segment, filled, index, true));
        }
    }
}
