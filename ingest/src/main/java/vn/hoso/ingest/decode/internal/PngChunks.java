package vn.hoso.ingest.decode.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * Walks a PNG's chunks to its end marker, checking each chunk's CRC: proves the file is complete and
 * uncorrupted without inflating any pixel data.
 */
public final class PngChunks {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PngChunks() {}

    public static void verify(byte[] bytes) throws DamagedFileException {
        if (bytes.length < SIGNATURE.length || !Arrays.equals(bytes, 0, 8, SIGNATURE, 0, 8)) {
            throw new DamagedFileException("PNG signature is damaged");
        }
        int pos = SIGNATURE.length;
        boolean first = true;
        while (true) {
            if (pos + 12 > bytes.length) {
                throw truncated();
            }
            long length = readInt(bytes, pos);
            String type = new String(bytes, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR")) {
                throw new DamagedFileException("PNG is corrupt: it does not start with a header chunk");
            }
            first = false;
            if (length > bytes.length - pos - 12L) {
                throw truncated();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, pos + 4, 4 + (int) length);
            if (crc.getValue() != readInt(bytes, pos + 8 + (int) length)) {
                throw new DamagedFileException("PNG is corrupt: checksum of chunk " + type + " does not match");
            }
            if (type.equals("IEND")) {
                return;
            }
            pos += 12 + (int) length;
        }
    }

    private static long readInt(byte[] bytes, int pos) {
        return ((bytes[pos] & 0xFFL) << 24) | ((bytes[pos + 1] & 0xFFL) << 16)
                | ((bytes[pos + 2] & 0xFFL) << 8) | (bytes[pos + 3] & 0xFFL);
    }

    private static DamagedFileException truncated() {
        return new DamagedFileException("PNG is truncated: it ends before its end chunk");
    }
}
