package vn.hoso.ingest.decode.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.stream.ImageInputStream;

/**
 * Walks a PNG's chunks to its end marker, checking each chunk's CRC: proves the file is complete and
 * uncorrupted without inflating any pixel data. Chunk data is checksummed in 8 KiB pieces, so a large
 * chunk is never held whole.
 */
public final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int PIECE = 8192;

    private PngChunks() {}

    public static void verify(ByteSource source) throws DamagedFileException {
        try (ImageInputStream input = new SourceImageInputStream(source)) {
            walk(input, source.length());
        } catch (EOFException e) {
            throw truncated();
        } catch (IOException e) {
            throw new DamagedFileException("PNG cannot be read: " + Reasons.of(e));
        }
    }

    private static void walk(ImageInputStream input, long length) throws IOException, DamagedFileException {
        byte[] signature = new byte[SIGNATURE.length];
        if (length >= SIGNATURE.length) {
            input.readFully(signature);
        }
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new DamagedFileException("PNG signature is damaged");
        }
        byte[] piece = new byte[PIECE];
        long pos = SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (pos + 12 > length) {
                throw truncated();
            }
            input.seek(pos);
            long dataLength = input.readUnsignedInt();
            byte[] typeBytes = new byte[4];
            input.readFully(typeBytes);
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR")) {
                throw new DamagedFileException("PNG is corrupt: it does not start with a header chunk");
            }
            first = false;
            if (dataLength > length - pos - 12L) {
                throw truncated();
            }
            if (checksum(input, typeBytes, dataLength, piece) != input.readUnsignedInt()) {
                throw new DamagedFileException("PNG is corrupt: checksum of chunk " + type + " does not match");
            }
            if (type.equals("IEND")) {
                return;
            }
            pos += 12 + dataLength;
        }
    }

    /** CRC-32 over the chunk type and data; leaves the stream at the stored CRC. */
    private static long checksum(ImageInputStream input, byte[] type, long dataLength, byte[] piece)
            throws IOException {
        CRC32 crc = new CRC32();
        crc.update(type);
        for (long remaining = dataLength; remaining > 0; ) {
            int n = (int) Math.min(piece.length, remaining);
            input.readFully(piece, 0, n);
            crc.update(piece, 0, n);
            remaining -= n;
        }
        return crc.getValue();
    }

    private static DamagedFileException truncated() {
        return new DamagedFileException("PNG is truncated: it ends before its end chunk");
    }
}
