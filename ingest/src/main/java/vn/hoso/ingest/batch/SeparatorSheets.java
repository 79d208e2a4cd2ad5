package vn.hoso.ingest.batch;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * Draws the separator sheet a clerk prints and puts on top of each dossier's pages before a stack goes through
 * the scanner: the dossier code as a Code 128 barcode and as a QR code (either one is enough for
 * {@link BatchSplitter}; two survive a smudge), and the code in large letters for people.
 */
public final class SeparatorSheets {

    private static final double A4_WIDTH_INCHES = 210 / 25.4;
    private static final double A4_HEIGHT_INCHES = 297 / 25.4;

    private SeparatorSheets() {}

    /**
     * An A4 sheet, grey, at {@code dpi} dots per inch.
     *
     * @throws IllegalArgumentException if {@code dpi} is outside 100..600 or the code cannot be encoded
     */
    public static BufferedImage render(String code, int dpi) {
        if (dpi < 100 || dpi > 600) {
            throw new IllegalArgumentException("dpi must be between 100 and 600, was " + dpi);
        }
        int width = (int) Math.round(A4_WIDTH_INCHES * dpi);
        int height = (int) Math.round(A4_HEIGHT_INCHES * dpi);
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            centred(g, "TỜ PHÂN CÁCH HỒ SƠ", new Font(Font.SANS_SERIF, Font.BOLD, points(18, dpi)), width, dpi);
            centred(g, code, new Font(Font.MONOSPACED, Font.BOLD, points(28, dpi)), width, dpi * 2);
            // Modules of 0.5 mm and bars 20 mm tall read even from a skewed or poor scan.
            int module = Math.max(2, (int) Math.round(dpi * 0.5 / 25.4));
            draw(g, encode(code, BarcodeFormat.CODE_128), module, width, dpi * 3, dpi * 20 / 25);
            draw(g, encode(code, BarcodeFormat.QR_CODE), module * 2, width, dpi * 5, 0);
            centred(
                    g,
                    "Không phải trang hồ sơ · not a page of the dossier",
                    new Font(Font.SANS_SERIF, Font.PLAIN, points(11, dpi)),
                    width,
                    dpi * 8);
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private static int points(int points, int dpi) {
        return Math.round(points * dpi / 72f);
    }

    private static void centred(Graphics2D g, String text, Font font, int width, int baseline) {
        g.setFont(font);
        g.drawString(text, (width - g.getFontMetrics().stringWidth(text)) / 2, baseline);
    }

    private static BitMatrix encode(String code, BarcodeFormat format) {
        try {
            return format == BarcodeFormat.QR_CODE
                    ? new QRCodeWriter().encode(code, format, 0, 0, Map.of(EncodeHintType.MARGIN, 0))
                    : new Code128Writer().encode(code, format, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
        } catch (WriterException | IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot encode '" + code + "' as " + format + ": " + e.getMessage(), e);
        }
    }

    /**
     * Draws {@code matrix} centred at {@code top}, each module {@code preferredModule} pixels where the sheet is
     * wide enough; a one-row matrix (a 1D barcode) is stretched to {@code barHeight}.
     */
    private static void draw(Graphics2D g, BitMatrix matrix, int preferredModule, int width, int top, int barHeight) {
        // A 40-character code in Code 128 is nearly 500 modules: narrow them rather than run off the sheet.
        int module = Math.max(1, Math.min(preferredModule, width * 17 / 20 / matrix.getWidth()));
        int rowHeight = matrix.getHeight() == 1 ? barHeight : module;
        int left = (width - matrix.getWidth() * module) / 2;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(left + x * module, top + y * rowHeight, module, rowHeight);
                }
            }
        }
    }
}
