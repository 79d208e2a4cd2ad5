package vn.hoso.ingest;

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
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Real page images made the way a scanner would deliver them: Vietnamese text rendered at 300 dpi in
 * DejaVu Serif, then optionally aged (faded ink, shaded paper, a fold, sensor noise).
 */
public final class TestPages {

    public static final int DPI = 300;
    public static final int A4_WIDTH = 2481;
    public static final int A4_HEIGHT = 3508;

    public static final String NAME = "Họ và tên: Nguyễn Văn Thường";
    public static final String BIRTH = "Sinh năm: 1948";
    public static final String HOMETOWN = "Quê quán: xã Hải Dương, huyện Hải Lăng, tỉnh Quảng Trị";
    public static final List<String> DECLARATION = List.of(NAME, BIRTH, HOMETOWN);

    public static final File DEJAVU_SERIF = new File("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");

    /** Left margin and first baseline of rendered text, in pixels. */
    public static final int MARGIN = 240;

    public static final int FIRST_BASELINE = 300;
    public static final int LINE_PITCH = 150;

    private static final float POINT_SIZE = 12f;

    private TestPages() {}

    /** A full A4 page at 300 dpi with {@code lines} at the top, black on white. */
    public static BufferedImage a4(List<String> lines) {
        return page(A4_WIDTH, A4_HEIGHT, lines);
    }

    /** A strip the width of A4 holding just {@code lines}: cheap to recognise. */
    public static BufferedImage strip(List<String> lines) {
        return page(A4_WIDTH, FIRST_BASELINE + LINE_PITCH * lines.size(), lines);
    }

    public static BufferedImage page(int width, int height, List<String> lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(font());
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), MARGIN, FIRST_BASELINE + i * LINE_PITCH);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** DejaVu Serif at 12 pt for 300 dpi. */
    public static Font font() {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SERIF).deriveFont(POINT_SIZE * DPI / 72f);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("DejaVu fonts are required: apt-get install fonts-dejavu-core", e);
        }
    }

    /**
     * {@code page} as an old archive scan: ink faded to {@code ink} grey on paper of {@code paper} grey,
     * darkening towards the right edge, a fold shadow, and Gaussian sensor noise of {@code noiseSigma}.
     */
    public static BufferedImage aged(BufferedImage page, int ink, int paper, double noiseSigma) {
        int width = page.getWidth();
        int height = page.getHeight();
        BufferedImage aged = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Random random = new Random(1948);
        double foldX = width * 0.6;
        double foldHalfWidth = DPI * 0.15;
        int shade = (paper - ink) / 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double whiteness = page.getRaster().getSample(x, y, 0) / 255.0;
                double nearFold = Math.max(0, 1 - Math.abs(x - foldX) / foldHalfWidth);
                double paperHere = paper - shade * (double) x / width - shade * 0.8 * nearFold;
                double value = ink + (paperHere - ink) * whiteness + random.nextGaussian() * noiseSigma;
                aged.getRaster().setSample(x, y, 0, (int) Math.max(0, Math.min(255, Math.round(value))));
            }
        }
        return aged;
    }

    public static byte[] png(BufferedImage image) {
        return encoded(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encoded(image, "jpeg");
    }

    private static byte[] encoded(BufferedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, bytes)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
