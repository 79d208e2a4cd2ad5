package vn.hoso.ingest.decode.internal;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks, from the directory (IFD) of each page, that every strip or tile of pixel data lies inside the
 * file: a TIFF cut short in transfer keeps a perfect header and loses its last strips, which a decoder
 * only notices half-way through a page. Only the directories are read, through random access to the
 * source; the extents are compared with the source's length, so no pixel data is touched.
 */
public final class TiffStrips {

    private static final int STRIP_OFFSETS = 273;
    private static final int STRIP_BYTE_COUNTS = 279;
    private static final int TILE_OFFSETS = 324;
    private static final int TILE_BYTE_COUNTS = 325;

    private TiffStrips() {}

    /** @param pageIndex the page to check, or -1 for every page */
    public static void verify(ByteSource source, int pageIndex) throws DamagedFileException {
        verifyFirstDirectory(source);
        Directory root;
        try (ImageInputStream input = new SourceImageInputStream(source)) {
            root = new TIFFReader().read(input);
        } catch (IOException | RuntimeException e) {
            throw new DamagedFileException("TIFF directory is unreadable: " + Reasons.of(e));
        }
        int count = root instanceof CompoundDirectory pages ? pages.directoryCount() : 1;
        for (int i = 0; i < count; i++) {
            if (pageIndex < 0 || pageIndex == i) {
                Directory page = root instanceof CompoundDirectory pages ? pages.getDirectory(i) : root;
                verifyExtents(page, i, count, source.length());
            }
        }
    }

    /**
     * A classic TIFF names the byte where its first page directory starts; writers that put the directory after the
     * image data leave a cut file with a header pointing past its end, which would otherwise read as "no pages".
     */
    private static void verifyFirstDirectory(ByteSource source) throws DamagedFileException {
        byte[] header = new byte[8];
        try {
            source.readFully(0, header, 0, header.length);
        } catch (IOException e) {
            return; // Too short for a header: the reader's own error says so.
        }
        boolean little = header[0] == 'I' && header[1] == 'I';
        boolean classic = (little ? header[2] : header[3]) == 42 && (little ? header[3] : header[2]) == 0;
        if (!classic) {
            return; // BigTIFF or not a TIFF: left to the reader.
        }
        ByteOrder order = little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long first = Integer.toUnsignedLong(
                ByteBuffer.wrap(header, 4, 4).order(order).getInt());
        if (first + 2 > source.length()) {
            throw new DamagedFileException("TIFF is truncated: its first page directory at byte " + first
                    + " lies past the end of the file (" + source.length() + " bytes)");
        }
    }

    private static void verifyExtents(Directory page, int index, int count, long fileLength)
            throws DamagedFileException {
        long[] offsets = numbers(page.getEntryById(STRIP_OFFSETS));
        long[] lengths = numbers(page.getEntryById(STRIP_BYTE_COUNTS));
        if (offsets.length == 0) {
            offsets = numbers(page.getEntryById(TILE_OFFSETS));
            lengths = numbers(page.getEntryById(TILE_BYTE_COUNTS));
        }
        for (int i = 0; i < Math.min(offsets.length, lengths.length); i++) {
            if (offsets[i] < 0 || lengths[i] < 0 || offsets[i] + lengths[i] > fileLength) {
                String where = count > 1 ? "page " + (index + 1) : "the page";
                throw new DamagedFileException("TIFF is truncated: image data of " + where
                        + " runs past the end of the file (byte " + (offsets[i] + lengths[i])
                        + " of " + fileLength + ")");
            }
        }
    }

    private static long[] numbers(Entry entry) {
        if (entry == null || entry.getValue() == null) {
            return new long[0];
        }
        Object value = entry.getValue();
        if (value instanceof Number n) {
            return new long[] {unsigned(n)};
        }
        if (value.getClass().isArray()) {
            long[] numbers = new long[Array.getLength(value)];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = unsigned((Number) Array.get(value, i));
            }
            return numbers;
        }
        return new long[0];
    }

    /** TIFF SHORT and BYTE fields are unsigned; Java's short and byte are not. */
    private static long unsigned(Number n) {
        return switch (n) {
            case Short s -> s & 0xFFFF;
            case Byte b -> b & 0xFF;
            default -> n.longValue();
        };
    }
}
