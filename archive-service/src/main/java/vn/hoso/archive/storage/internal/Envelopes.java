package vn.hoso.archive.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * Seals objects into the envelope format of {@link EnvelopeHeader} and opens them again: a fresh random AES-256 data
 * key per object, wrapped by a master key, and the content in AES-256-GCM segments of {@code segmentSize} bytes.
 * Every envelope is bound to the storage key it was sealed for.
 */
public final class Envelopes {

    /** 64 KiB: the tag costs 0.02 % of the size, and a stream holds two segments at most. */
    public static final int DEFAULT_SEGMENT_SIZE = 64 * 1024;

    private final MasterKeys keys;
    private final int segmentSize;
    private final SecureRandom random = new SecureRandom();

    public Envelopes(MasterKeys keys, int segmentSize) {
        if (segmentSize < EnvelopeHeader.MIN_SEGMENT || segmentSize > EnvelopeHeader.MAX_SEGMENT) {
            throw new IllegalArgumentException("segment size out of range: " + segmentSize);
        }
        this.keys = keys;
        this.segmentSize = segmentSize;
    }

    /** A stream that encrypts what is written into {@code target}; closing it writes the final segment. */
    public OutputStream encrypting(OutputStream target, String objectKey) throws IOException {
        SecretKey dataKey = newDataKey();
        byte[] prefix = new byte[EnvelopeHeader.NONCE_PREFIX_BYTES];
        random.nextBytes(prefix);
        EnvelopeHeader header = new EnvelopeHeader(keys.writeKeyId(), keys.wrap(dataKey), prefix, segmentSize);
        return new EncryptingOutputStream(target, header, new SegmentCipher(dataKey, header, objectKey));
    }

    /**
     * The plaintext of {@code stored}. The header is read (and the data key unwrapped) here, so a wrong master key
     * fails at once; altered content fails at the first read that reaches it. Closing closes {@code stored}.
     */
    public InputStream decrypting(InputStream stored, String objectKey) throws IOException {
        EnvelopeHeader header = EnvelopeHeader.readFrom(stored, objectKey);
        SecretKey dataKey = keys.unwrap(header.keyId(), header.wrappedKey(), objectKey);
        return new DecryptingInputStream(stored, new SegmentCipher(dataKey, header, objectKey), objectKey);
    }

    public byte[] seal(byte[] plain, String objectKey) {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream(plain.length + plain.length / 1000 + 128);
        try (OutputStream out = encrypting(sealed, objectKey)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException("sealing in memory cannot fail", e);
        }
        return sealed.toByteArray();
    }

    public byte[] open(byte[] stored, String objectKey) {
        try (InputStream in = decrypting(new ByteArrayInputStream(stored), objectKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("opening in memory cannot fail", e);
        }
    }

    private static SecretKey newDataKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has AES", e);
        }
    }
}
