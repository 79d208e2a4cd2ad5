package vn.hoso.archive.page;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import vn.hoso.ingest.ocr.OcrWord;

/**
 * Turns a page's derivatives by a quarter turn clockwise: the view and thumbnail JPEGs and the word boxes with them,
 * so hit boxes still land on their words. Quarter turns move pixels without resampling; only the JPEG is encoded
 * again. Masters are never touched.
 */
final class QuarterTurn {

    private static final float JPEG_QUALITY = 0.9f;

    private final int degrees;

    /** @param degrees 90, 180 or 270, clockwise */
    QuarterTurn(int degrees) {
        if (degrees != 90 && degrees != 180 && degrees != 270) {
            throw new IllegalArgumentException("a quarter turn is 90, 180 or 270 degrees, not " + degrees);
        }
        this.degrees = degrees;
    }

    byte[] jpeg(byte[] jpeg) {
        BufferedImage source = read(jpeg);
        int width = source.getWidth();
        int height = source.getHeight();
        boolean sideways = degrees != 180;
        int type = source.getType() == BufferedImage.TYPE_BYTE_GRAY
                ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB;
        BufferedImage turned = new BufferedImage(sideways ? height : width, sideways ? width : height, type);
        Graphics2D graphics = turned.createGraphics();
        switch (degrees) {
            case 90 -> graphics.translate(height, 0);
            case 180 -> graphics.translate(width, height);
            default -> graphics.translate(0, width);
        }
        graphics.rotate(Math.toRadians(degrees));
        graphics.drawImage(source, 0, 0, null);
        graphics.dispose();
        return write(turned);
    }

    OcrDocument words(OcrDocument ocr) {
        int width = ocr.width();
        int height = ocr.height();
        boolean sideways = degrees != 180;
        return new OcrDocument(
                ocr.text(),
                sideways ? height : width,
                sideways ? width : height,
                ocr.confidence(),
                ocr.words().stream().map(word -> word(word, width, height)).toList());
    }

    private OcrWord word(OcrWord word, int width, int height) {
        return switch (degrees) {
            case 90 ->
                new OcrWord(
                        word.text(),
                        height - word.y() - word.height(),
                        word.x(),
                        word.height(),
                        word.width(),
                        word.confidence());
            case 180 ->
                new OcrWord(
                        word.text(),
                        width - word.x() - word.width(),
                        height - word.y() - word.height(),
                        word.width(),
                        word.height(),
                        word.confidence());
            default ->
                new OcrWord(
                        word.text(),
                        word.y(),
                        width - word.x() - word.width(),
                        word.height(),
                        word.width(),
                        word.confidence());
        };
    }

    private static BufferedImage read(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("a stored derivative is not a readable JPEG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
