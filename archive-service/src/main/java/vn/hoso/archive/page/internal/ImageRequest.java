package vn.hoso.archive.page.internal;

import java.awt.Rectangle;
import java.util.Locale;

/**
 * One IIIF Image API 2.1 request ({@code {region}/{size}/{rotation}/{quality}.{format}}) as far as compliance level 1
 * asks, plus the optional {@code square}, {@code max}, {@code w,h} and {@code !w,h} forms: regions {@code full},
 * {@code square}, {@code x,y,w,h} and {@code pct:x,y,w,h}; sizes {@code full}, {@code max}, {@code w,}, {@code ,h},
 * {@code pct:n}, {@code w,h} and {@code !w,h}; rotation {@code 0} only (the viewer rotates on the client); quality
 * {@code default} or {@code color}; format {@code jpg}. Anything else is refused with
 * {@link IllegalArgumentException}, which the API answers with 400.
 *
 * @param region as in the URL
 * @param size as in the URL
 */
public record ImageRequest(String region, String size) {

    /** No side of an answer may exceed this many pixels, so one request cannot ask the server for a huge image. */
    public static final int MAX_SIDE = 4096;

    /** The request's pixels: the part of the source to cut and the size to scale it to. */
    public record Resolved(Rectangle region, int width, int height) {}

    public static ImageRequest parse(String region, String size, String rotation, String quality, String format) {
        if (!"0".equals(rotation)) {
            throw new IllegalArgumentException("rotation '" + rotation + "' is not supported; only 0");
        }
        String q = quality.toLowerCase(Locale.ROOT);
        if (!q.equals("default") && !q.equals("color")) {
            throw new IllegalArgumentException("quality '" + quality + "' is not supported; default or color");
        }
        if (!format.equalsIgnoreCase("jpg")) {
            throw new IllegalArgumentException("format '" + format + "' is not supported; jpg");
        }
        return new ImageRequest(region, size);
    }

    /** The pixels this request names on a source of {@code width} × {@code height}. */
    public Resolved resolve(int width, int height) {
        Rectangle cut = region(width, height);
        int[] scaled = size(cut.width, cut.height);
        return new Resolved(cut, scaled[0], scaled[1]);
    }

    private Rectangle region(int width, int height) {
        Rectangle image = new Rectangle(0, 0, width, height);
        if (region.equals("full")) {
            return image;
        }
        if (region.equals("square")) {
            int side = Math.min(width, height);
            return new Rectangle((width - side) / 2, (height - side) / 2, side, side);
        }
        Rectangle asked;
        if (region.startsWith("pct:")) {
            double[] pct = numbers(region.substring(4), 4, "region");
            asked = new Rectangle(
                    (int) Math.round(pct[0] * width / 100),
                    (int) Math.round(pct[1] * height / 100),
                    (int) Math.round(pct[2] * width / 100),
                    (int) Math.round(pct[3] * height / 100));
        } else {
            double[] px = numbers(region, 4, "region");
            asked = new Rectangle((int) px[0], (int) px[1], (int) px[2], (int) px[3]);
        }
        Rectangle cut = asked.intersection(image);
        if (asked.width <= 0 || asked.height <= 0 || cut.isEmpty()) {
            throw new IllegalArgumentException(
                    "region '" + region + "' lies outside the " + width + "×" + height + " image or is empty");
        }
        return cut;
    }

    private int[] size(int width, int height) {
        int[] answer =
                switch (size) {
                    case "full", "max" -> new int[] {width, height};
                    default -> scaledSize(width, height);
                };
        if (answer[0] < 1 || answer[1] < 1 || answer[0] > MAX_SIDE || answer[1] > MAX_SIDE) {
            throw new IllegalArgumentException("size '" + size + "' gives " + answer[0] + "×" + answer[1]
                    + " pixels; each side must be 1 to " + MAX_SIDE);
        }
        return answer;
    }

    private int[] scaledSize(int width, int height) {
        if (size.startsWith("pct:")) {
            double pct = numbers(size.substring(4), 1, "size")[0];
            return new int[] {(int) Math.round(width * pct / 100), (int) Math.round(height * pct / 100)};
        }
        boolean fit = size.startsWith("!");
        String spec = fit ? size.substring(1) : size;
        int comma = spec.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("size '" + size + "' is not a IIIF size");
        }
        Integer w = comma == 0 ? null : (int) numbers(spec.substring(0, comma), 1, "size")[0];
        Integer h = comma == spec.length() - 1 ? null : (int) numbers(spec.substring(comma + 1), 1, "size")[0];
        if (w == null && h == null || fit && (w == null || h == null)) {
            throw new IllegalArgumentException("size '" + size + "' is not a IIIF size");
        }
        if (fit) {
            double scale = Math.min((double) w / width, (double) h / height);
            return new int[] {(int) Math.round(width * scale), (int) Math.round(height * scale)};
        }
        if (w == null) {
            return new int[] {(int) Math.round((double) width * h / height), h};
        }
        return new int[] {w, h == null ? (int) Math.round((double) height * w / width) : h};
    }

    private static double[] numbers(String text, int count, String what) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw new IllegalArgumentException(what + " '" + text + "' needs " + count + " numbers");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                values[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + " '" + text + "' holds a part that is not a number");
            }
            if (values[i] < 0 || Double.isNaN(values[i]) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + " '" + text + "' holds a negative part");
            }
        }
        return values;
    }
}
