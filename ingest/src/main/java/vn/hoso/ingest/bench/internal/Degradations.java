package vn.hoso.ingest.bench.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What decades and scanners do to a page, one kind at a time, each with its strength drawn from the page's
 * random source and written into the manifest tag ({@code skew=-2.31}). Pages come in as white RGB sheets
 * and leave as the file a scanner or phone would give: grey, colour, or bilevel.
 */
final class Degradations {

    /** The kinds, in the order a generated set cycles through them. */
    static final List<String> KINDS = List.of(
            "clean",
            "skew",
            "faded",
            "speckle",
            "yellowed",
            "broken_chars",
            "photocopy",
            "phone_photo",
            "rot90",
            "rot180",
            "rot270");

    /**
     * @param tag the manifest's {@code degradations} value
     * @param colour {@code gray}, {@code color} or {@code bilevel}
     */
    record Degraded(BufferedImage image, String tag, String colour) {}

    private Degradations() {}

    /** {@code broken_chars} pages must already be painted as typewritten; here they only get the scan's softness. */
    static Degraded apply(String kind, BufferedImage page, Random random) {
        return switch (kind) {
            case "clean" -> new Degraded(Pixels.grey(page), "clean", "gray");
            case "skew" -> skewed(page, random);
            case "rot90", "rot180", "rot270" ->
                new Degraded(Pixels.grey(rotated(page, Integer.parseInt(kind.substring(3)))), kind, "gray");
            case "faded" -> faded(page, random);
            case "speckle" -> speckled(page, random);
            case "yellowed" -> new Degraded(Lighting.yellowed(page, random), "yellowed", "color");
            case "broken_chars" -> {
                Pixels.blur(page);
                yield new Degraded(Pixels.grey(page), "broken_chars", "gray");
            }
            case "photocopy" -> photocopied(page, random);
            case "phone_photo" -> new Degraded(Lighting.phonePhoto(page, random), "phone_photo", "color");
            default -> throw new IllegalArgumentException("unknown degradation " + kind);
        };
    }

    /** Fed crooked: ±0.6° to ±3°, the corners filled with paper. */
    private static Degraded skewed(BufferedImage page, Random random) {
        double degrees = (0.6 + random.nextDouble() * 2.4) * (random.nextBoolean() ? 1 : -1);
        BufferedImage skewed = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = skewed.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page.getWidth(), page.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(
                    page,
                    AffineTransform.getRotateInstance(
                            Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0),
                    null);
        } finally {
            g.dispose();
        }
        return new Degraded(Pixels.grey(skewed), String.format(Locale.ROOT, "skew=%.2f", degrees), "gray");
    }

    /** Turned by a quarter, a half or three quarters clockwise: fed sideways or upside down. */
    static BufferedImage rotated(BufferedImage page, int degrees) {
        int width = page.getWidth();
        int height = page.getHeight();
        boolean quarter = degrees % 180 != 0;
        BufferedImage turned =
                new BufferedImage(quarter ? height : width, quarter ? width : height, BufferedImage.TYPE_INT_RGB);
        int[] from = Pixels.of(page);
        int[] to = Pixels.of(turned);
        int turnedWidth = turned.getWidth();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int target =
                        switch (degrees) {
                            case 90 -> x * turnedWidth + (height - 1 - y);
                            case 180 -> (height - 1 - y) * turnedWidth + (width - 1 - x);
                            case 270 -> (width - 1 - x) * turnedWidth + y;
                            default ->
                                throw new IllegalArgumentException("rotation must be 90, 180 or 270, was " + degrees);
                        };
                to[target] = from[y * width + x];
            }
        }
        return turned;
    }

    /**
     * Ink faded by 55–85 %, unevenly across the sheet, on slightly grey paper, scanned with the sensor noise
     * (σ 5–10 grey levels) that a scanner shows on such low-contrast pages.
     */
    private static Degraded faded(BufferedImage page, Random random) {
        double fade = 0.55 + random.nextDouble() * 0.3;
        double noise = 5 + random.nextDouble() * 5;
        Pixels.Field unevenness = new Pixels.Field(random, page.getWidth(), page.getHeight(), 6);
        int[] pixels = Pixels.of(page);
        int width = page.getWidth();
        for (int i = 0; i < pixels.length; i++) {
            double ink = 255 - Pixels.luminance(pixels[i]);
            double kept = 1 - Math.min(0.9, fade * (0.8 + 0.4 * unevenness.at(i % width, i / width)));
            double value = 245 - ink * kept * 245 / 255;
            pixels[i] = Pixels.rgb(value, value, value);
        }
        Pixels.blur(page);
        for (int i = 0; i < pixels.length; i++) {
            double value = (pixels[i] & 0xFF) + random.nextGaussian() * noise;
            pixels[i] = Pixels.rgb(value, value, value);
        }
        return new Degraded(Pixels.grey(page), String.format(Locale.ROOT, "faded=%.2f", fade), "gray");
    }

    /** Dust and toner specks, a few larger blots, and pinholes of paper showing through the ink. */
    private static Degraded speckled(BufferedImage page, Random random) {
        double density = 0.001 + random.nextDouble() * 0.002;
        BufferedImage grey = Pixels.grey(page);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int width = grey.getWidth();
        int height = grey.getHeight();
        long specks = Math.round(density * width * height);
        for (long i = 0; i < specks; i++) {
            disc(
                    pixels,
                    width,
                    height,
                    random.nextInt(width),
                    random.nextInt(height),
                    0.6 + random.nextDouble() * 1.4,
                    20 + random.nextInt(80));
        }
        for (int i = 0; i < 20 + random.nextInt(40); i++) {
            disc(
                    pixels,
                    width,
                    height,
                    random.nextInt(width),
                    random.nextInt(height),
                    2 + random.nextDouble() * 3,
                    10 + random.nextInt(40));
        }
        for (long i = 0; i < specks / 3; i++) {
            disc(pixels, width, height, random.nextInt(width), random.nextInt(height), 0.7, 250);
        }
        return new Degraded(grey, String.format(Locale.ROOT, "speckle=%.4f", density), "gray");
    }

    private static void disc(byte[] pixels, int width, int height, int cx, int cy, double radius, int value) {
        int reach = (int) Math.ceil(radius);
        for (int y = Math.max(0, cy - reach); y <= Math.min(height - 1, cy + reach); y++) {
            for (int x = Math.max(0, cx - reach); x <= Math.min(width - 1, cx + reach); x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    pixels[y * width + x] = (byte) value;
                }
            }
        }
    }

    /**
     * A copy of a copy: softened, harder contrast, grainy toner, the lid's shadow along one edge, then cut
     * to black and white at a threshold that thickens strokes.
     */
    private static Degraded photocopied(BufferedImage page, Random random) {
        Pixels.blur(page);
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = Pixels.of(page);
        int threshold = 140 + random.nextInt(30);
        double shadow = width * (0.015 + random.nextDouble() * 0.03);
        boolean shadowLeft = random.nextBoolean();
        BufferedImage bilevel = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        var raster = bilevel.getRaster();
        for (int y = 0; y < height; y++) {
            double edge = shadow * (1 + 0.3 * Math.sin(y / (height / 7.0)) + 0.2 * random.nextDouble());
            for (int x = 0; x < width; x++) {
                double fromEdge = shadowLeft ? x : width - 1 - x;
                double value = (Pixels.luminance(pixels[y * width + x]) - 128) * 1.3
                        + 128
                        + random.nextGaussian() * 18
                        - Math.max(0, 60 - fromEdge / shadow * 40);
                boolean black = fromEdge < edge || value < threshold || random.nextDouble() < 0.0004;
                raster.setSample(x, y, 0, black ? 0 : 1);
            }
        }
        return new Degraded(bilevel, "photocopy", "bilevel");
    }
}
