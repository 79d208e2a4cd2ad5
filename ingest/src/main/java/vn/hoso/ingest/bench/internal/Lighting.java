package vn.hoso.ingest.bench.internal;

import java.awt.image.BufferedImage;
import java.util.Random;

/** Colour degradations: aged paper, and a sheet photographed by phone on a table. */
final class Lighting {

    private Lighting() {}

    /**
     * Paper gone yellow-brown, darker towards the edges, with water stains and foxing spots; the ink
     * slightly faded. Ink and seal keep their colour, multiplied into the paper's.
     */
    static BufferedImage yellowed(BufferedImage page, Random random) {
        int width = page.getWidth();
        int height = page.getHeight();
        double red = 228 + random.nextInt(13);
        double green = red - 10 - random.nextInt(11);
        double blue = green - 30 - random.nextInt(21);
        Pixels.Field tone = new Pixels.Field(random, width, height, 8);
        Stain[] stains = new Stain[2 + random.nextInt(3)];
        for (int i = 0; i < stains.length; i++) {
            stains[i] = new Stain(
                    random.nextInt(width),
                    random.nextInt(height),
                    width * (0.06 + random.nextDouble() * 0.2),
                    0.1 + random.nextDouble() * 0.15);
        }
        int[] pixels = Pixels.of(page);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double edge = Math.min(
                        Math.min(x, width - 1 - x) / (width * 0.08), Math.min(y, height - 1 - y) / (width * 0.08));
                double paper = (0.93 + 0.09 * tone.at(x, y)) * (0.88 + 0.12 * Math.min(1, edge));
                double stain = 0;
                for (Stain s : stains) {
                    stain = Math.max(stain, s.strength(x, y));
                }
                int ink = pixels[y * width + x];
                double r = red * paper * (1 - stain * 0.6) * inkShare(ink >> 16);
                double g = green * paper * (1 - stain * 0.9) * inkShare(ink >> 8);
                double b = blue * paper * (1 - stain * 1.4) * inkShare(ink);
                pixels[y * width + x] = Pixels.rgb(r, g, b);
            }
        }
        foxing(page, random);
        return page;
    }

    /** How much light the ink lets through, a little more than when printed. */
    private static double inkShare(int channel) {
        return 1 - (255 - (channel & 0xFF)) / 255.0 * 0.85;
    }

    /** A round stain with a soft rim. */
    private record Stain(int x, int y, double radius, double depth) {
        double strength(int px, int py) {
            double distance = Math.hypot(px - x, py - y) / radius;
            return distance >= 1 ? 0 : depth * (1 - distance * distance);
        }
    }

    private static void foxing(BufferedImage page, Random random) {
        int[] pixels = Pixels.of(page);
        int width = page.getWidth();
        int height = page.getHeight();
        double pixelsPerMm = width / 210.0;
        for (int spot = 0; spot < 30 + random.nextInt(50); spot++) {
            int cx = random.nextInt(width);
            int cy = random.nextInt(height);
            double radius = pixelsPerMm * (0.3 + random.nextDouble() * 0.9);
            for (int y = (int) Math.max(0, cy - radius); y <= Math.min(height - 1, cy + radius); y++) {
                for (int x = (int) Math.max(0, cx - radius); x <= Math.min(width - 1, cx + radius); x++) {
                    if (Math.hypot(x - cx, y - cy) <= radius) {
                        int p = pixels[y * width + x];
                        pixels[y * width + x] =
                                Pixels.rgb((p >> 16 & 0xFF) * 0.85, (p >> 8 & 0xFF) * 0.75, (p & 0xFF) * 0.6);
                    }
                }
            }
        }
    }

    /**
     * A phone held over the sheet on a table: the sheet's corners pulled in unevenly (perspective and a
     * little turn), the table around it, light falling off from a bright spot, a soft shadow from one side,
     * sensor noise and a little blur.
     */
    static BufferedImage phonePhoto(BufferedImage page, Random random) {
        int width = page.getWidth();
        int height = page.getHeight();
        double[] corners = new double[8];
        double[][] signs = {{1, 1}, {-1, 1}, {-1, -1}, {1, -1}};
        double[][] sheet = {{0, 0}, {width, 0}, {width, height}, {0, height}};
        for (int i = 0; i < 4; i++) {
            corners[2 * i] = sheet[i][0] + signs[i][0] * width * (0.02 + random.nextDouble() * 0.05);
            corners[2 * i + 1] = sheet[i][1] + signs[i][1] * height * (0.015 + random.nextDouble() * 0.04);
        }
        Perspective toSheet = Perspective.mapping(corners, new double[] {0, 0, width, 0, width, height, 0, height});
        double lightX = width * random.nextDouble();
        double lightY = height * random.nextDouble();
        double falloff = 0.3 + random.nextDouble() * 0.2;
        double shadow = 0.25 + random.nextDouble() * 0.2;
        boolean shadowFromLeft = random.nextBoolean();
        double table = 55 + random.nextInt(40);
        int[] from = Pixels.of(page);
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] to = Pixels.of(photo);
        double diagonal = Math.hypot(width, height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double[] source = toSheet.apply(x, y);
                double light = 1
                        - falloff * Math.pow(Math.hypot(x - lightX, y - lightY) / diagonal, 2) * 2.2
                        - shadow * shade(shadowFromLeft ? x : width - 1 - x, width);
                double noise = random.nextGaussian() * 5;
                if (source[0] < 0 || source[1] < 0 || source[0] > width - 1 || source[1] > height - 1) {
                    to[y * width + x] = Pixels.rgb(
                            table * light + noise, table * 0.85 * light + noise, table * 0.7 * light + noise);
                } else {
                    int p = bilinear(from, width, height, source[0], source[1]);
                    to[y * width + x] = Pixels.rgb(
                            (p >> 16 & 0xFF) * 0.99 * light + noise,
                            (p >> 8 & 0xFF) * 0.96 * light + noise,
                            (p & 0xFF) * 0.9 * light + noise);
                }
            }
        }
        Pixels.blur(photo);
        return photo;
    }

    /** 1 at the shadowed edge, fading to 0 a quarter of the way across. */
    private static double shade(int distance, int width) {
        double t = Math.min(1, distance / (width * 0.25));
        return 1 - t * t * (3 - 2 * t);
    }

    private static int bilinear(int[] pixels, int width, int height, double x, double y) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(width - 1, x0 + 1);
        int y1 = Math.min(height - 1, y0 + 1);
        double fx = x - x0;
        double fy = y - y0;
        int a = pixels[y0 * width + x0];
        int b = pixels[y0 * width + x1];
        int c = pixels[y1 * width + x0];
        int d = pixels[y1 * width + x1];
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            int shift = 16 - 8 * i;
            double top = (a >> shift & 0xFF) * (1 - fx) + (b >> shift & 0xFF) * fx;
            double bottom = (c >> shift & 0xFF) * (1 - fx) + (d >> shift & 0xFF) * fx;
            channel[i] = top * (1 - fy) + bottom * fy;
        }
        return Pixels.rgb(channel[0], channel[1], channel[2]);
    }
}
