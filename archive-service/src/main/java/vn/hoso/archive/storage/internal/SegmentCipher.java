package vn.hoso.archive.storage.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * AES-256-GCM over one segment at a time (the STREAM construction): segment {@code i}'s 12-byte nonce is the
 * object's 7-byte prefix, {@code i} as 4 bytes and a final-segment flag byte. Reordering, dropping or appending
 * segments, or cutting the object short, therefore fails authentication like any altered byte; a fresh data key per
 * object means a nonce is never reused under a key.
 */
final class SegmentCipher {

    static final int TAG_BYTES = 16;

    private final SecretKey dataKey;
    private final EnvelopeHeader header;
    private final byte[] associatedData;
    private final String objectKey;

    SegmentCipher(SecretKey dataKey, EnvelopeHeader header, String objectKey) {
        this.dataKey = dataKey;
        this.header = header;
        this.associatedData = header.associatedData(objectKey);
        this.objectKey = objectKey;
    }

    int segmentSize() {
        return header.segmentSize();
    }

    byte[] seal(byte[] plain, int length, long index, boolean last) {
        try {
            return cipher(Cipher.ENCRYPT_MODE, index, last).doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed for " + objectKey, e);
        }
    }

    /** The plaintext of a segment that verified; otherwise {@link StorageIntegrityException}, never bytes. */
    byte[] open(byte[] sealed, int length, long index, boolean last) {
        try {
            return cipher(Cipher.DECRYPT_MODE, index, last).doFinal(sealed, 0, length);
        } catch (AEADBadTagException e) {
            throw new StorageIntegrityException(
                    "encrypted object " + objectKey + " failed its integrity check at"
                            + " segment " + index
                            + ": its stored bytes were altered, cut short, reordered or moved from"
                            + " another key",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed for " + objectKey, e);
        }
    }

    private Cipher cipher(int mode, long index, boolean last) throws GeneralSecurityException {
        if (index > 0xFFFF_FFFFL) {
            throw new IllegalStateException(objectKey + " has more segments than the format can number");
        }
        byte[] nonce = ByteBuffer.allocate(12)
                .put(header.noncePrefix())
                .putInt((int) index)
                .put((byte) (last ? 1 : 0))
                .array();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, dataKey, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
