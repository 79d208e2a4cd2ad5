package vn.hoso.archive.page;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Component;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.Confidentiality;

/**
 * Marks the page images served from classified dossiers (Mật and above) so that any copy shows who took it, when,
 * and at what level: "MẬT — officer2 — 2026-11-22 14:03", red, 30 % opaque, tiled diagonally over the whole image so
 * a crop of any part still carries it. Views carry the full mark; thumbnails (200 px) only the level, since a name
 * and time at that size are not legible. Unclassified images are returned as stored, the same bytes, never
 * re-encoded. Originals are never marked: they are evidence, served byte for byte.
 */
@Component
class MarkedCopies {

    static final Color INK = new Color(200, 16, 16);
    static final float OPACITY = 0.30f;
    static final double ANGLE = Math.toRadians(-30);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final float JPEG_QUALITY = 0.85f;

    private final Font font;
    private final Clock clock;

    MarkedCopies(WatermarkProperties properties) {
        this.font = load(properties);
        this.clock = Clock.system(properties.zone());
    }

    /** The view as {@code caller} may take it away: marked when {@code level} is classified. */
    byte[] view(byte[] storedJpeg, Confidentiality level, Caller caller) {
        if (level == Confidentiality.UNCLASSIFIED) {
            return storedJpeg;
        }
        return mark(storedJpeg, text(level, caller), 34);
    }

    byte[] thumb(byte[] storedJpeg, Confidentiality level) {
        if (level == Confidentiality.UNCLASSIFIED) {
            return storedJpeg;
        }
        return mark(storedJpeg, levelName(level), 9);
    }

    /** "MẬT — officer2 — 2026-11-22 14:03", in the configured zone. */
    String text(Confidentiality level, Caller caller) {
        String time = TIME.format(clock.instant().atZone(clock.getZone()));
        return levelName(level) + " — " + caller.username() + " — " + time;
    }

    private static String levelName(Confidentiality level) {
        return level.displayName().toUpperCase(VIETNAMESE);
    }

    /** @param perWidth how many font heights fit across the image: the mark's size follows the image's */
    private byte[] mark(byte[] jpeg, String text, int perWidth) {
        BufferedImage page = rgbCopy(decode(jpeg));
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, OPACITY));
            g.setColor(INK);
            g.setFont(font.deriveFont((float) Math.max(9, page.getWidth() / perWidth)));
            tile(g, text, page.getWidth(), page.getHeight());
        } finally {
            g.dispose();
        }
        return encode(page);
    }

    /** Rows of the text along the diagonal, each row shifted half a step, covering the image's whole rotated extent. */
    private static void tile(Graphics2D g, String text, int width, int height) {
        int size = g.getFont().getSize();
        int stepX = g.getFontMetrics().stringWidth(text) + size * 3;
        int stepY = size * 5;
        int reach = (int) Math.hypot(width, height);
        g.translate(width / 2.0, height / 2.0);
        g.rotate(ANGLE);
        for (int row = 0, y = -reach; y <= reach; row++, y += stepY) {
            int shift = row % 2 == 0 ? 0 : stepX / 2;
            for (int x = -reach - shift; x <= reach; x += stepX) {
                g.drawString(text, x, y);
            }
        }
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalStateException("a stored page image is not a readable JPEG");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode a stored page image", e);
        }
    }

    private static BufferedImage rgbCopy(BufferedImage image) {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a marked page in memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Font load(WatermarkProperties properties) {
        Font loaded;
        try {
            loaded = Font.createFont(Font.TRUETYPE_FONT, properties.font().toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException(
                    "hoso.watermark.font " + properties.font() + " cannot be loaded as a"
                            + " TrueType font; classified pages cannot be marked without it",
                    e);
        }
        String sample = "MẬT TỐI TUYỆT — 0123456789:-";
        if (loaded.canDisplayUpTo(sample) >= 0) {
            throw new IllegalStateException("hoso.watermark.font " + properties.font() + " has no glyph for '"
                    + sample.charAt(loaded.canDisplayUpTo(sample)) + "'; choose a font with Vietnamese glyphs");
        }
        return loaded.deriveFont(Font.PLAIN, 12f);
    }
}
