package vn.hoso.archive.hotfolder;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import vn.hoso.archive.demo.SamplePages;
import vn.hoso.ingest.batch.SeparatorSheets;

/**
 * What scanning stations drop into the hot folder: small typed pages (a few lines, so Tesseract reads them in a
 * fraction of a second), multi-page TIFFs, separator sheets, and the folder's {@code dossier.json}.
 */
final class Scans {

    private static final File DEJAVU_SERIF = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    private Scans() {}

    /** A strip of a typed page, 1100 px wide, about 200 dpi: the lines in DejaVu Serif. */
    static BufferedImage page(String... lines) {
        BufferedImage page = new BufferedImage(1100, 100 + 60 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SERIF).deriveFont(34f));
            for (int i = 0; i < lines.length; i++) {
                g.drawString(lines[i], 60, 80 + 60 * i);
            }
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("DejaVu fonts are required", e);
        } finally {
            g.dispose();
        }
        return page;
    }

    static byte[] png(String... lines) {
        return SamplePages.png(page(lines));
    }

    /**
     * A multi-page LZW TIFF from the TwelveMonkeys writer, read out only after the stream is closed: ImageIO's
     * other TIFF writers seek back to patch offsets at the end, and a caching stream flushed but not closed then
     * holds back the file's tail (which writer {@code getImageWritersByFormatName} lists first varies between runs).
     */
    static byte[] tiff(List<BufferedImage> pages) {
        ImageWriter writer = twelveMonkeysTiffWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage page : pages) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("LZW");
                writer.writeToSequence(new IIOImage(page, null, null), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter twelveMonkeysTiffWriter() {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("tiff");
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.twelvemonkeys.")) {
                return writer;
            }
        }
        throw new IllegalStateException("TwelveMonkeys TIFF writer not on the class path");
    }

    static BufferedImage separator(String code) {
        return SeparatorSheets.render(code, 200);
    }

    static String dossierJson(String code, String category, String level, String name) {
        return """
                {"code":"%s","title":"Hồ sơ %s","category":"%s","confidentiality":"%s",
                 "subject":{"fullName":"%s","birthYear":1948,"hometown":"xã Hải Dương, tỉnh Quảng Trị"}}
                """.formatted(code, name, category, level, name);
    }

    static void drop(Path inbox, String relative, byte[] bytes) {
        try {
            Path file = inbox.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void drop(Path inbox, String relative, String text) {
        drop(inbox, relative, text.getBytes(StandardCharsets.UTF_8));
    }
}
