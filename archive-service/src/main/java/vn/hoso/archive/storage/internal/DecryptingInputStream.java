package vn.hoso.archive.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * The plaintext of an encrypted object, one verified segment at a time: no byte is returned before the GCM tag of
 * its segment has checked, and a failure throws {@link StorageIntegrityException} from {@code read}. Memory is two
 * segments whatever the object's size (a single {@code CipherInputStream} over GCM would hold the whole object until
 * its one tag at the end). One byte is read ahead to learn whether a segment is the last.
 */
final class DecryptingInputStream extends InputStream {

    private final InputStream source;
    private final SegmentCipher cipher;
    private final String objectKey;
    private final byte[] sealed;
    private int lookahead = -1;
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean finished;

    DecryptingInputStream(InputStream source, SegmentCipher cipher, String objectKey) {
        this.source = source;
        this.cipher = cipher;
        this.objectKey = objectKey;
        this.sealed = new byte[cipher.segmentSize() + SegmentCipher.TAG_BYTES];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == plain.length) {
            if (finished) {
                return -1;
            }
            nextSegment();
        }
        int served = Math.min(length, plain.length - position);
        System.arraycopy(plain, position, bytes, offset, served);
        position += served;
        return served;
    }

    private void nextSegment() throws IOException {
        int filled = 0;
        if (lookahead >= 0) {
            sealed[filled++] = (byte) lookahead;
        }
        filled += source.readNBytes(sealed, filled, sealed.length - filled);
        boolean last = filled < sealed.length || (lookahead = source.read()) < 0;
        if (filled < SegmentCipher.TAG_BYTES) {
            throw new StorageIntegrityException(
                    "encrypted object " + objectKey + " is cut short at segment " + index, null);
        }
        plain = cipher.open(sealed, filled, index++, last);
        position = 0;
        finished = last;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
