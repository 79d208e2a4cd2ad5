package vn.hoso.ingest.decode.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Walks a JPEG's marker segments from start to end-of-image without decoding pixels: proves the file is
 * complete (libjpeg silently paints a cut-off scan grey) and picks up the EXIF orientation on the way.
 * Data after the end-of-image marker, such as a phone's appended motion clip, is ignored.
 *
 * @param orientation EXIF orientation 1..8; 1 when absent
 */
public record JpegMarkers(int orientation) {

    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    public static JpegMarkers read(byte[] bytes) throws DamagedFileException {
        if (bytes.length < 4 || (bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8) {
            throw new DamagedFileException("JPEG does not start with a start-of-image marker");
        }
        int orientation = 1;
        int pos = 2;
        while (true) {
            pos = nextMarker(bytes, pos);
            int marker = bytes[pos + 1] & 0xFF;
            pos += 2;
            if (marker == EOI) {
                return new JpegMarkers(orientation);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            requireAvailable(bytes, pos, 2);
            int length = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
            if (length < 2) {
                throw new DamagedFileException("JPEG segment at byte " + pos + " has an impossible length");
            }
            requireAvailable(bytes, pos, length);
            if (marker == APP1) {
                orientation = exifOrientation(bytes, pos + 2, length - 2, orientation);
            }
            pos += length;
            if (marker == SOS) {
                pos = skipEntropyCodedData(bytes, pos);
            }
        }
    }

    private static int nextMarker(byte[] bytes, int pos) throws DamagedFileException {
        requireAvailable(bytes, pos, 2);
        if ((bytes[pos] & 0xFF) != 0xFF) {
            throw new DamagedFileException("JPEG is corrupt: no marker where one is due (byte " + pos + ")");
        }
        while ((bytes[pos + 1] & 0xFF) == 0xFF) {
            pos++;
            requireAvailable(bytes, pos, 2);
        }
        return pos;
    }

    /** In scan data a 0xFF byte is followed by 0x00 (stuffing) or a restart marker; anything else ends it. */
    private static int skipEntropyCodedData(byte[] bytes, int pos) throws DamagedFileException {
        while (pos + 1 < bytes.length) {
            if ((bytes[pos] & 0xFF) == 0xFF) {
                int next = bytes[pos + 1] & 0xFF;
                if (next != 0x00 && (next < 0xD0 || next > 0xD7) && next != 0xFF) {
                    return pos;
                }
            }
            pos++;
        }
        throw truncated();
    }

    private static void requireAvailable(byte[] bytes, int pos, int count) throws DamagedFileException {
        if (pos + count > bytes.length) {
            throw truncated();
        }
    }

    private static DamagedFileException truncated() {
        return new DamagedFileException("JPEG is truncated: it ends before its end-of-image marker");
    }

    /** Reads tag 0x0112 from IFD0 of an {@code Exif\0\0} APP1 payload; anything malformed keeps the default. */
    private static int exifOrientation(byte[] bytes, int start, int length, int fallback) {
        if (length < 14 || !new String(bytes, start, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
            return fallback;
        }
        int tiff = start + 6;
        int tiffLength = length - 6;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, tiff, tiffLength).slice();
        buffer.order(bytes[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd = buffer.getInt(4) & 0xFFFFFFFFL;
        if (ifd < 8 || ifd + 2 > tiffLength) {
            return fallback;
        }
        int entries = buffer.getShort((int) ifd) & 0xFFFF;
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > tiffLength) {
                return fallback;
            }
            if ((buffer.getShort(entry) & 0xFFFF) == 0x0112) {
                int value = buffer.getShort(entry + 8) & 0xFFFF;
                return value >= 1 && value <= 8 ? value : fallback;
            }
        }
        return fallback;
    }
}
