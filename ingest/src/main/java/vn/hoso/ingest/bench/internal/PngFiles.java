package vn.hoso.ingest.bench.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * PNG files that state their resolution (the {@code pHYs} chunk): Tesseract sizes its expectations from
 * it, and OCRmyPDF refuses an image without one.
 */
public final class PngFiles {

    private static final double MM_PER_INCH = 25.4;

    private PngFiles() {}

    public static void write(BufferedImage image, int dpi, Path target) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream file = Files.newOutputStream(target);
                ImageOutputStream output = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(output);
            IIOMetadata metadata =
                    writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            if (dpi > 0) {
                metadata.mergeTree("javax_imageio_1.0", resolution(dpi));
            }
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode resolution(int dpi) {
        String millimetresPerPixel = Double.toString(MM_PER_INCH / dpi);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", millimetresPerPixel);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
        root.appendChild(dimension);
        return root;
    }
}
