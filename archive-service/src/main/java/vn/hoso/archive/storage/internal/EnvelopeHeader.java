package vn.hoso.archive.storage.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * The plain header in front of every encrypted object (format version 1, all integers big-endian):
 * <pre>
 * magic        7 bytes  "HOSOENC"
 * version      1 byte   1
 * keyIdLength  1 byte   then keyId, UTF-8: the keystore alias of the master key
 * wrappedLen   1 byte   then the data key wrapped under that master key (RFC 3394, 40 bytes for AES-256)
 * noncePrefix  7 bytes  random per object; the first 7 bytes of every segment's 12-byte GCM nonce
 * segmentSize  4 bytes  plaintext bytes per segment (the last may be shorter)
 * </pre>
 * Segments follow, each its ciphertext and 16-byte GCM tag. The key id and wrapped key are not part of the
 * authenticated data, so a master-key rotation can re-wrap the data key without re-encrypting the body; tampering
 * with them still fails, at the key wrap's own integrity check.
 *
 * @param noncePrefix exactly {@value #NONCE_PREFIX_BYTES} bytes
 */
public record EnvelopeHeader(String keyId, byte[] wrappedKey, byte[] noncePrefix, int segmentSize) {

    static final int NONCE_PREFIX_BYTES = 7;
    static final int VERSION = 1;
    static final int MIN_SEGMENT = 1024;
    static final int MAX_SEGMENT = 16 * 1024 * 1024;
    private static final byte[] MAGIC = "HOSOENC".getBytes(StandardCharsets.US_ASCII);

    /** Whether {@code stored} starts like an encrypted object; a hint for inspection only, never for trust. */
    public static boolean looksEncrypted(byte[] stored) {
        return stored.length >= MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        byte[] id = keyId.getBytes(StandardCharsets.UTF_8);
        data.write(MAGIC);
        data.writeByte(VERSION);
        data.writeByte(id.length);
        data.write(id);
        data.writeByte(wrappedKey.length);
        data.write(wrappedKey);
        data.write(noncePrefix);
        data.writeInt(segmentSize);
        data.flush();
    }

    /** Reads a header, refusing anything that is not one this version wrote. */
    static EnvelopeHeader readFrom(InputStream in, String objectKey) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] magic = data.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw refused(
                        objectKey,
                        "it does not start with the encryption header, although encryption at rest"
                                + " covers its key (stored in plain, or overwritten)");
            }
            int version = data.readUnsignedByte();
            if (version != VERSION) {
                throw refused(
                        objectKey, "its header has format version " + version + ", this service reads " + VERSION);
            }
            String keyId = new String(data.readNBytes(data.readUnsignedByte()), StandardCharsets.UTF_8);
            byte[] wrapped = data.readNBytes(data.readUnsignedByte());
            byte[] prefix = data.readNBytes(NONCE_PREFIX_BYTES);
            int segmentSize = data.readInt();
            if (prefix.length != NONCE_PREFIX_BYTES || segmentSize < MIN_SEGMENT || segmentSize > MAX_SEGMENT) {
                throw refused(objectKey, "its header is damaged");
            }
            return new EnvelopeHeader(keyId, wrapped, prefix, segmentSize);
        } catch (EOFException e) {
            throw refused(objectKey, "it ends inside its header");
        }
    }

    /**
     * The authenticated data of every segment: the format, the nonce prefix, the segment size and the object's own
     * storage key, so an object copied or swapped to another key fails to decrypt.
     */
    byte[] associatedData(String objectKey) {
        ByteArrayOutputStream aad = new ByteArrayOutputStream();
        aad.writeBytes(MAGIC);
        aad.write(VERSION);
        aad.writeBytes(noncePrefix);
        aad.write(segmentSize >>> 24);
        aad.write(segmentSize >>> 16);
        aad.write(segmentSize >>> 8);
        aad.write(segmentSize);
        aad.writeBytes(objectKey.getBytes(StandardCharsets.UTF_8));
        return aad.toByteArray();
    }

    private static StorageIntegrityException refused(String objectKey, String why) {
        return new StorageIntegrityException("encrypted object " + objectKey + " cannot be read: " + why, null);
    }
}
