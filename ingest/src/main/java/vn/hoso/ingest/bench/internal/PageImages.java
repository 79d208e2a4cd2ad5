package vn.hoso.ingest.bench.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * One single-page image file per bench page, for the command-line readers, which take whole files.
 *
 * <p>A page that is alone in its file is used as it is. A page of a multi-page TIFF is written to a PNG
 * in {@code workDir} with its pixels unchanged and its resolution stated (from the set, else from the TIFF).
 * This is done before any reader's clock starts, so no reader is charged for it.
 */
public final class PageImages {

    private PageImages() {}

    /** @return page id → the file that holds that page alone */
    public static Map<String, Path> standalone(List<BenchPage> pages, Path workDir) throws IOException {
        Map<String, Path> files = new HashMap<>();
        for (BenchPage page : pages) {
            files.put(page.id(), singlePageFile(page, workDir));
        }
        return files;
    }

    private static Path singlePageFile(BenchPage page, Path workDir) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(page.file().toFile())) {
            ImageReader reader = reader(input, page);
            try {
                reader.setInput(input);
                if (page.pageIndex() == 0 && reader.getNumImages(true) == 1) {
                    return page.file();
                }
                BufferedImage image = reader.read(page.pageIndex());
                int dpi = page.dpi() > 0 ? page.dpi() : dpi(reader.getImageMetadata(page.pageIndex()));
                Path png = workDir.resolve(page.id() + ".png");
                PngFiles.write(image, dpi, png);
                return png;
            } finally {
                reader.dispose();
            }
        }
    }

    private static ImageReader reader(ImageInputStream input, BenchPage page) throws IOException {
        if (input == null) {
            throw new IOException("cannot open " + page.file());
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (!readers.hasNext()) {
            throw new IOException("no image reader for " + page.file());
        }
        return readers.next();
    }

    /** The horizontal resolution from the format-neutral metadata, 0 when the file does not say. */
    private static int dpi(IIOMetadata metadata) {
        if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
            return 0;
        }
        Node root = metadata.getAsTree("javax_imageio_1.0");
        for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
            if (dimension.getNodeName().equals("Dimension")) {
                for (Node size = dimension.getFirstChild(); size != null; size = size.getNextSibling()) {
                    if (size.getNodeName().equals("HorizontalPixelSize")) {
                        double millimetres = Double.parseDouble(
                                size.getAttributes().getNamedItem("value").getNodeValue());
                        return millimetres > 0 ? (int) Math.round(25.4 / millimetres) : 0;
                    }
                }
            }
        }
        return 0;
    }
}
