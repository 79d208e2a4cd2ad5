package vn.hoso.ingest.batch;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import vn.hoso.ingest.TestFiles;
import vn.hoso.ingest.TestPages;

/** Scanned stacks as a production scanner delivers them: one multi-page TIFF, separator sheets among the pages. */
public final class Stacks {

    private Stacks() {}

    /** A dossier page: a strip of A4 width at 300 dpi holding one line of Vietnamese text. */
    public static BufferedImage page(String text) {
        return TestPages.strip(List.of(text));
    }

    /** A separator sheet for {@code code} as printed and scanned at 300 dpi. */
    public static BufferedImage separator(String code) {
        return SeparatorSheets.render(code, 300);
    }

    /** A form page carrying a Code 128 barcode of {@code text} under a line of text, as registered mail does. */
    public static BufferedImage pageWithBarcode(String text) {
        BufferedImage page = TestPages.page(TestPages.A4_WIDTH, 1200, List.of("Phiếu gửi bảo đảm"));
        BitMatrix bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 0);
        Graphics2D g = page.createGraphics();
        try {
            g.setColor(Color.BLACK);
            for (int x = 0; x < bars.getWidth(); x++) {
                if (bars.get(x, 0)) {
                    g.fillRect(400 + x * 5, 600, 5, 250);
                }
            }
        } finally {
            g.dispose();
        }
        return page;
    }

    /** {@code image} turned by {@code degrees} (clockwise) on white paper large enough to hold it. */
    public static BufferedImage rotated(BufferedImage image, double degrees) {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int width = (int) Math.ceil(image.getWidth() * cos + image.getHeight() * sin);
        int height = (int) Math.ceil(image.getWidth() * sin + image.getHeight() * cos);
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform transform = new AffineTransform();
            transform.translate(width / 2.0, height / 2.0);
            transform.rotate(radians);
            transform.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return turned;
    }

    /** The pages as one LZW multi-page TIFF. */
    public static byte[] tiff(List<BufferedImage> pages) {
        try {
            return TestFiles.tiff(pages, Collections.nCopies(pages.size(), "LZW"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] tiff(BufferedImage... pages) {
        return tiff(List.of(pages));
    }
}
