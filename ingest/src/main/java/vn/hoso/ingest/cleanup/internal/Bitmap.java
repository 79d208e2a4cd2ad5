package vn.hoso.ingest.cleanup.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit image of one (grey) or three (blue, green, red) interleaved channels, rows packed: the two kinds
 * of image {@code vn.hoso.ingest.decode} delivers, in a form the resampling loops can index directly.
 *
 * @param data {@code width × height × channels} bytes; shared, never written after construction
 */
public record Bitmap(int width, int height, int channels, byte[] data) {

    public Bitmap {
        if (channels != 1 && channels != 3) {
            throw new IllegalArgumentException("channels must be 1 or 3, was " + channels);
        }
        if (data.length != width * height * channels) {
            throw new IllegalArgumentException("expected " + width * height * channels + " bytes, got " + data.length);
        }
    }

    /** The pixels of an 8-bit grey or BGR image, copied. */
    public static Bitmap of(BufferedImage image) {
        int channels = switch (image.getType()) {
            case BufferedImage.TYPE_BYTE_GRAY -> 1;
            case BufferedImage.TYPE_3BYTE_BGR -> 3;
            default -> throw new IllegalArgumentException(
                    "expected 8-bit grey or BGR, got image type " + image.getType());
        };
        int w = image.getWidth();
        int h = image.getHeight();
        return new Bitmap(w, h, channels, (byte[]) image.getRaster().getDataElements(0, 0, w, h, null));
    }

    public static Bitmap of(GreyRaster grey) {
        return new Bitmap(grey.width(), grey.height(), 1, grey.pixels());
    }

    public GreyRaster toGrey() {
        if (channels != 1) {
            throw new IllegalStateException("not a grey image");
        }
        return new GreyRaster(width, height, data);
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height,
                channels == 1 ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_3BYTE_BGR);
        byte[] target = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(data, 0, target, 0, data.length);
        return image;
    }
}
