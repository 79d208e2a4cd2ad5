package vn.hoso.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.nio.ByteBuffer;

/**
 * A page's grey pixels in native memory, one byte per pixel with rows packed, as libtesseract reads them.
 * Each engine keeps one buffer and reuses it, growing it for a larger page: a fresh direct buffer per page
 * would be zeroed, then freed only when the garbage collector gets to it.
 */
final class NativeGrey {

    private ByteBuffer buffer = ByteBuffer.allocateDirect(0);

    /** Valid until the next call. */
    ByteBuffer of(BufferedImage image) {
        BufferedImage grey = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : converted(image);
        int width = grey.getWidth();
        int height = grey.getHeight();
        if (buffer.capacity() < width * height) {
            buffer = ByteBuffer.allocateDirect(width * height);
        }
        buffer.clear();
        Raster raster = grey.getRaster();
        byte[] row = new byte[width];
        for (int y = 0; y < height; y++) {
            raster.getDataElements(0, y, width, 1, row);
            buffer.put(row);
        }
        return buffer.flip();
    }

    private static BufferedImage converted(BufferedImage image) {
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }
}
