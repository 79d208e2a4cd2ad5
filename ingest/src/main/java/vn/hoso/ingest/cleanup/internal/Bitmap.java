package vn.hoso.ingest.cleanup.internal;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

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

    /**
     * The pixels of an 8-bit grey or BGR image: the image's own array when it is laid out plainly (as every
     * image made by {@code new BufferedImage} is), otherwise a copy. Either way, nothing here writes to it; a
     * page is 4-25 MB, and each copy saved is a millisecond and a large allocation per page.
     */
    public static Bitmap of(BufferedImage image) {
        int channels =
                switch (image.getType()) {
                    case BufferedImage.TYPE_BYTE_GRAY -> 1;
                    case BufferedImage.TYPE_3BYTE_BGR -> 3;
                    default ->
                        throw new IllegalArgumentException(
                                "expected 8-bit grey or BGR, got image type " + image.getType());
                };
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] data = plainData(image.getRaster(), w * h * channels);
        return new Bitmap(
                w, h, channels, data != null ? data : (byte[]) image.getRaster().getDataElements(0, 0, w, h, null));
    }

    /** The raster's backing array if it holds exactly this image's pixels, rows packed; null otherwise. */
    private static byte[] plainData(WritableRaster raster, int length) {
        if (raster.getParent() != null
                || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || buffer.getNumBanks() != 1
                || buffer.getOffset() != 0
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel model)
                || model.getScanlineStride() != raster.getWidth() * model.getPixelStride()) {
            return null;
        }
        return buffer.getData().length == length ? buffer.getData() : null;
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

    /**
     * An image of type {@code TYPE_BYTE_GRAY} or {@code TYPE_3BYTE_BGR} over this bitmap's array, not a copy:
     * the bitmap must not be used for anything else afterwards.
     */
    public BufferedImage toImage() {
        WritableRaster raster = Raster.createInterleavedRaster(
                new DataBufferByte(data, data.length),
                width,
                height,
                width * channels,
                channels,
                channels == 1 ? new int[] {0} : new int[] {2, 1, 0},
                null);
        ColorSpace space = ColorSpace.getInstance(channels == 1 ? ColorSpace.CS_GRAY : ColorSpace.CS_sRGB);
        ColorModel model = new ComponentColorModel(space, false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(model, raster, false, null);
    }
}
