package vn.hoso.archive.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders typed Vietnamese dossier pages the way a 200 dpi office scan of an old form looks: an A4 sheet, a serif
 * face with Vietnamese glyphs, slightly yellowed paper with speckle. The demo archive and the tests use them, so the
 * project carries its own sample pages instead of shipping scans.
 */
public final class SamplePages {

    /** The resolution the pages are rendered at. */
    public static final int DPI = 200;

    /** Pixels of an A4 sheet at 200 dpi. */
    public static final int WIDTH = 1654;

    public static final int HEIGHT = 2339;

    private static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    private SamplePages() {}

    /** A page holding {@code lines}, top to bottom; {@code seed} fixes the paper's speckle. */
    public static BufferedImage render(List<String> lines, long seed) {
        BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(new Color(246, 240, 224));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(40, 36, 48));
            g.setFont(font(38f));
            int y = 220;
            for (String line : lines) {
                int x = line.startsWith("  ") ? WIDTH / 2 - g.getFontMetrics().stringWidth(line.strip()) / 2 : 170;
                g.drawString(line.strip(), x, y);
                y += 72;
            }
        } finally {
            g.dispose();
        }
        speckle(page, new Random(seed));
        return page;
    }

    public static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return write(image, "jpeg");
    }

    /**
     * A multi-page LZW TIFF, as production scanners write them. TwelveMonkeys' writer is chosen by name (the JDK and
     * JAI register writers too, in no fixed order), and the bytes are taken only after the stream is closed, or the
     * last strips may be missing.
     */
    public static byte[] tiff(List<BufferedImage> pages) {
        ImageWriter writer = twelveMonkeysTiffWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                writer.prepareWriteSequence(null);
                for (BufferedImage page : pages) {
                    writer.writeToSequence(new IIOImage(page, null, resolution(writer, page, param)), param);
                }
                writer.endWriteSequence();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** Metadata stating the page's 200 dpi, as a scanner writes it; without it the TIFF claims 72 dpi. */
    private static IIOMetadata resolution(ImageWriter writer, BufferedImage page, ImageWriteParam param)
            throws IIOInvalidTreeException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(page), param);
        // TwelveMonkeys 3.14's writer takes this standard value as pixels per millimetre when merging, though its
        // reader reports millimetres per pixel; SamplePagesTest reads the written file back to hold this true.
        String mergedValue = Double.toString(DPI / 25.4);
        IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
        horizontal.setAttribute("value", mergedValue);
        IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
        vertical.setAttribute("value", mergedValue);
        IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
        dimension.appendChild(horizontal);
        dimension.appendChild(vertical);
        IIOMetadataNode root = new IIOMetadataNode(IIOMetadataFormatImpl.standardMetadataFormatName);
        root.appendChild(dimension);
        metadata.mergeTree(IIOMetadataFormatImpl.standardMetadataFormatName, root);
        return metadata;
    }

    private static ImageWriter twelveMonkeysTiffWriter() {
        var writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (candidate.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return candidate;
            }
            candidate.dispose();
        }
        throw new IllegalStateException("TwelveMonkeys' TIFF writer is not on the class path");
    }

    /** A scanned PDF: each page one 200 dpi image, no text layer. */
    public static byte[] pdf(List<BufferedImage> pages) {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDImageXObject scan = LosslessFactory.createFromImage(document, image);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(scan, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font font(float size) {
        if (Files.isReadable(DEJAVU_SERIF)) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SERIF.toFile())
                        .deriveFont(size);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load " + DEJAVU_SERIF, e);
            }
        }
        return new Font(Font.SERIF, Font.PLAIN, Math.round(size));
    }

    private static void speckle(BufferedImage page, Random random) {
        for (int i = 0; i < 2500; i++) {
            int x = random.nextInt(WIDTH);
            int y = random.nextInt(HEIGHT);
            int grey = 120 + random.nextInt(80);
            page.setRGB(x, y, new Color(grey, grey, grey).getRGB());
        }
    }

    private static byte[] write(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
