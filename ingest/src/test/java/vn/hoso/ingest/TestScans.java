package vn.hoso.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scans as they go wrong on a feeder or a phone, made from {@link TestPages} renderings: turned a quarter,
 * tilted, framed by a dark scanner border, blank, stamped with a resolution.
 */
public final class TestScans {

    /** A death notice's worth of lines: enough text for line analysis and Tesseract's orientation detection. */
    public static final List<String> NOTICE = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "GIẤY BÁO TỬ",
            TestPages.NAME,
            TestPages.BIRTH,
            "Quê quán: xã Hải Dương, huyện Hải Lăng",
            "Đã hy sinh ngày 12 tháng 7 năm 1972",
            "tại mặt trận phía Nam, khi làm nhiệm vụ");

    /** Half an A4 sheet at 300 dpi carrying {@link #NOTICE}: about half the OCR time of a full page. */
    public static BufferedImage notice() {
        return TestPages.page(TestPages.A4_WIDTH, TestPages.A4_HEIGHT / 2, NOTICE);
    }

    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    private TestScans() {}

    /** {@code page} turned clockwise by {@code degrees} (0, 90, 180 or 270), pixel for pixel. */
    public static BufferedImage turned(BufferedImage page, int degrees) {
        int w = page.getWidth();
        int h = page.getHeight();
        boolean sideways = degrees % 180 != 0;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, page.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int value = page.getRaster().getSample(x, y, 0);
                switch (degrees) {
                    case 0 -> out.getRaster().setSample(x, y, 0, value);
                    case 90 -> out.getRaster().setSample(h - 1 - y, x, 0, value);
                    case 180 -> out.getRaster().setSample(w - 1 - x, h - 1 - y, 0, value);
                    case 270 -> out.getRaster().setSample(y, w - 1 - x, 0, value);
                    default -> throw new IllegalArgumentException("not a quarter turn: " + degrees);
                }
            }
        }
        return out;
    }

    /**
     * {@code page} rotated about its centre so its text lines rise to the right by {@code degrees} (negative:
     * they fall), on a canvas of the same size whose uncovered corners are white paper.
     */
    public static BufferedImage tilted(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            // Java 2D turns clockwise on screen for positive angles; rising lines are a counter-clockwise turn.
            g.rotate(-Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawImage(page, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** {@code page} with a near-black band of {@code left} pixels down its left side and {@code top} along its top. */
    public static BufferedImage framed(BufferedImage page, int left, int top) {
        BufferedImage out = copy(page);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(30, 30, 30));
            g.fillRect(0, 0, left, page.getHeight());
            g.fillRect(0, 0, page.getWidth(), top);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static BufferedImage copy(BufferedImage page) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), page.getType());
        out.getRaster().setRect(page.getRaster());
        return out;
    }

    /**
     * {@code page} as a camera out of focus sees it: every {@code factor} × {@code factor} block averaged, then
     * enlarged back smoothly, as if scanned at a {@code factor}-th of the resolution.
     */
    public static BufferedImage blurred(BufferedImage page, int factor) {
        int w = page.getWidth();
        int h = page.getHeight();
        BufferedImage small = new BufferedImage(w / factor, h / factor, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        try {
            g.drawImage(
                    page.getScaledInstance(w / factor, h / factor, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D big = out.createGraphics();
        try {
            big.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            big.drawImage(small, 0, 0, w, h, null);
        } finally {
            big.dispose();
        }
        return out;
    }

    /** An empty sheet of slightly grey paper with a few specks of dust: a blank back as a duplex scanner sees it. */
    public static BufferedImage blankSheet() {
        BufferedImage sheet = new BufferedImage(TestPages.A4_WIDTH, TestPages.A4_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(new Color(236, 236, 236));
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            g.setColor(new Color(90, 90, 90));
            for (int i = 0; i < 40; i++) {
                g.fillOval(131 * i % sheet.getWidth(), 977 * i % sheet.getHeight(), 3, 3);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** {@code image} as a PNG whose {@code pHYs} chunk states {@code dpi} dots per inch. */
    public static byte[] png(BufferedImage image, int dpi) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), writer.getDefaultWriteParam());
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            physical.setAttribute("pixelsPerUnitXAxis", perMetre);
            physical.setAttribute("pixelsPerUnitYAxis", perMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
            root.appendChild(physical);
            metadata.mergeTree(PNG_METADATA, root);
            writer.setOutput(output);
            writer.write(new IIOImage(image, null, metadata));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
