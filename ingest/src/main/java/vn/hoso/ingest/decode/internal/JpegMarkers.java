package vn.hoso.ingest.decode.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.stream.ImageInputStream;

/**
 * Walks a JPEG's marker segments from start to end-of-image without decoding pixels: proves the file is
 * complete (libjpeg silently paints a cut-off scan grey) and picks up the EXIF orientation on the way.
 * Data after the end-of-image marker, such as a phone's appended motion clip, is ignored. The walk
 * streams through the file; only an EXIF segment (at most 64 KiB) is held whole.
 *
 * @param orientation EXIF orientation 1..8; 1 when absent
 */
public record JpegMarkers(int orientation) {

    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP1 = 0xE1;

    public static JpegMarkers read(ByteSource source) throws DamagedFileException {
        try (ImageInputStream input = new SourceImageInputStream(source)) {
            return walk(input, source.length());
        } catch (EOFException e) {
            throw truncated();
        } catch (IOException e) {
            throw new DamagedFileException("JPEG cannot be read: " + Reasons.of(e));
        }
    }

    private static JpegMarkers walk(ImageInputStream input, long length) throws IOException, DamagedFileException {
        if (length < 4 || input.read() != 0xFF || input.read() != 0xD8) {
            throw new DamagedFileException("JPEG does not start with a start-of-image marker");
        }
        int orientation = 1;
        long pos = 2;
        while (true) {
            pos = nextMarker(input, pos, length);
            input.seek(pos + 1);
            int marker = input.read();
            pos += 2;
            if (marker == EOI) {
                return new JpegMarkers(orientation);
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue;
            }
            requireAvailable(pos, 2, length);
            int segmentLength = input.readUnsignedShort();
            if (segmentLength < 2) {
                throw new DamagedFileException("JPEG segment at byte " + pos + " has an impossible length");
            }
            requireAvailable(pos, segmentLength, length);
            if (marker == APP1) {
                byte[] payload = new byte[segmentLength - 2];
                input.readFully(payload);
                orientation = exifOrientation(payload, orientation);
            }
            pos += segmentLength;
            if (marker == SOS) {
                pos = skipEntropyCodedData(input, pos, length);
            }
        }
    }

    /** @return the position of the 0xFF that introduces the marker, after any fill bytes */
    private static long nextMarker(ImageInputStream input, long pos, long length)
            throws IOException, DamagedFileException {
        requireAvailable(pos, 2, length);
        input.seek(pos);
        if (input.read() != 0xFF) {
            throw new DamagedFileException("JPEG is corrupt: no marker where one is due (byte " + pos + ")");
        }
        while (input.read() == 0xFF) {
            pos++;
            requireAvailable(pos, 2, length);
        }
        return pos;
    }

    /** In scan data a 0xFF byte is followed by 0x00 (stuffing) or a restart marker; anything else ends it. */
    private static long skipEntropyCodedData(ImageInputStream input, long pos, long length)
            throws IOException, DamagedFileException {
        input.seek(pos);
        int current = input.read();
        while (pos + 1 < length) {
            int next = input.read();
            if (current == 0xFF && next != 0x00 && (next < 0xD0 || next > 0xD7) && next != 0xFF) {
                return pos;
            }
            current = next;
            pos++;
        }
        throw truncated();
    }

    private static void requireAvailable(long pos, long count, long length) throws DamagedFileException {
        if (pos + count > length) {
            throw truncated();
        }
    }

    private static DamagedFileException truncated() {
        return new DamagedFileException("JPEG is truncated: it ends before its end-of-image marker");
    }

    /** Reads tag 0x0112 from IFD0 of an {@code Exif\0\0} APP1 payload; anything malformed keeps the default. */
    private static int exifOrientation(byte[] payload, int fallback) {
        if (payload.length < 14 || !new String(payload, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
            return fallback;
        }
        int tiffLength = payload.length - 6;
        ByteBuffer buffer = ByteBuffer.wrap(payload, 6, tiffLength).slice();
        buffer.order(payload[6] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
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
