package vn.hoso.archive.hotfolder;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    static byte[] tiff(List<BufferedImage> pages) {
        return SamplePages.tiff(pages);
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
