package vn.hoso.ingest.cleanup.internal;

/**
 * Draws an output image by reading each pixel from a source through an {@link Affine} map, bilinearly.
 * Positions outside the source get a fill value. Exact maps (quarter turns, crops) copy pixels unchanged.
 * Coordinates step along each row in 32.32 fixed point, so the error accumulated over a row of
 * thousands of pixels stays far below the 8-bit interpolation weights.
 */
public final class Resampler {

    private static final long ONE = 1L << 32;

    private Resampler() {}

    /** Size of the image to draw, and the grey level given to every channel of pixels outside the source. */
    public record Target(int width, int height, int fill) {
        public Target {
            if (width < 1 || height < 1) {
                throw new IllegalArgumentException("target must be at least 1 × 1, was " + width + " × " + height);
            }
        }
    }

    public static Bitmap resample(Bitmap source, Target target, Affine map) {
        Bitmap out = new Bitmap(
                target.width(),
                target.height(),
                source.channels(),
                new byte[target.width() * target.height() * source.channels()]);
        boolean exact = map.isPixelExact();
        for (int j = 0; j < target.height(); j++) {
            if (exact) {
                copyRow(source, out, j, map, target.fill());
            } else {
                interpolateRow(source, out, j, map, target.fill());
            }
        }
        return out;
    }

    private static void copyRow(Bitmap source, Bitmap out, int j, Affine map, int fill) {
        int channels = source.channels();
        byte[] src = source.data();
        int x = (int) Math.rint(map.b() * j + map.c());
        int y = (int) Math.rint(map.e() * j + map.f());
        int dx = (int) Math.rint(map.a());
        int dy = (int) Math.rint(map.d());
        int o = j * out.width() * channels;
        for (int i = 0; i < out.width(); i++, x += dx, y += dy, o += channels) {
            boolean inside = x >= 0 && x < source.width() && y >= 0 && y < source.height();
            int s = (y * source.width() + x) * channels;
            for (int k = 0; k < channels; k++) {
                out.data()[o + k] = inside ? src[s + k] : (byte) fill;
            }
        }
    }

    /**
     * One output row. The pixels whose 2 × 2 neighbourhood lies inside the source form one run (the row is a
     * straight line through the source), found first so the loop over them needs no edge tests.
     */
    private static void interpolateRow(Bitmap source, Bitmap out, int j, Affine map, int fill) {
        long x = Math.round((map.b() * j + map.c()) * ONE);
        long y = Math.round((map.e() * j + map.f()) * ONE);
        long dx = Math.round(map.a() * ONE);
        long dy = Math.round(map.d() * ONE);
        int first = 0;
        while (first < out.width() && !interior(source, x + first * dx, y + first * dy)) {
            edgePixel(source, out, j * out.width() + first, nearest(x + first * dx), nearest(y + first * dy), fill);
            first++;
        }
        int last = out.width() - 1;
        while (last >= first && !interior(source, x + last * dx, y + last * dy)) {
            edgePixel(source, out, j * out.width() + last, nearest(x + last * dx), nearest(y + last * dy), fill);
            last--;
        }
        if (first > last) {
            return;
        }
        Run run = new Run(j * out.width() + first, last - first + 1, x + first * dx, y + first * dy, dx, dy);
        if (source.channels() == 1) {
            greyRun(source, out.data(), run);
        } else {
            colourRun(source, out.data(), run);
        }
    }

    /** {@code count} output pixels from index {@code start}, the first read at {@code (x, y)} in 32.32. */
    private record Run(int start, int count, long x, long y, long dx, long dy) {}

    private static boolean interior(Bitmap source, long x, long y) {
        long x0 = x >> 32;
        long y0 = y >> 32;
        return x0 >= 0 && y0 >= 0 && x0 < source.width() - 1 && y0 < source.height() - 1;
    }

    private static void greyRun(Bitmap source, byte[] dst, Run run) {
        byte[] src = source.data();
        int width = source.width();
        long x = run.x();
        long y = run.y();
        for (int o = run.start(), end = run.start() + run.count(); o < end; o++, x += run.dx(), y += run.dy()) {
            int fx = (int) (x >>> 24) & 0xFF;
            int fy = (int) (y >>> 24) & 0xFF;
            int s = (int) (y >> 32) * width + (int) (x >> 32);
            int top = (src[s] & 0xFF) * (256 - fx) + (src[s + 1] & 0xFF) * fx;
            int bottom = (src[s + width] & 0xFF) * (256 - fx) + (src[s + width + 1] & 0xFF) * fx;
            dst[o] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
        }
    }

    private static void colourRun(Bitmap source, byte[] dst, Run run) {
        byte[] src = source.data();
        int stride = source.width() * 3;
        long x = run.x();
        long y = run.y();
        for (int o = run.start() * 3, end = o + run.count() * 3; o < end; o += 3, x += run.dx(), y += run.dy()) {
            int fx = (int) (x >>> 24) & 0xFF;
            int fy = (int) (y >>> 24) & 0xFF;
            int s = (int) (y >> 32) * stride + (int) (x >> 32) * 3;
            for (int k = 0; k < 3; k++) {
                int top = (src[s + k] & 0xFF) * (256 - fx) + (src[s + 3 + k] & 0xFF) * fx;
                int bottom = (src[s + stride + k] & 0xFF) * (256 - fx) + (src[s + stride + 3 + k] & 0xFF) * fx;
                dst[o + k] = (byte) ((top * (256 - fy) + bottom * fy + 32768) >> 16);
            }
        }
    }

    private static int nearest(long fixed) {
        return (int) ((fixed + ONE / 2) >> 32);
    }

    /** Within half a pixel of the source's edge: the nearest edge pixel; further out: the fill. */
    private static void edgePixel(Bitmap source, Bitmap out, int pixel, int x, int y, int fill) {
        boolean inside = x >= 0 && x < source.width() && y >= 0 && y < source.height();
        int s = (y * source.width() + x) * source.channels();
        for (int k = 0; k < source.channels(); k++) {
            out.data()[pixel * source.channels() + k] = inside ? source.data()[s + k] : (byte) fill;
        }
    }

    /** The image at half size in each direction, each output pixel the mean of a 2 × 2 block. */
    public static Bitmap halved(Bitmap source) {
        if (source.channels() == 1 && source.width() >= 2 && source.height() >= 2) {
            return halvedGrey(source);
        }
        int channels = source.channels();
        int w = Math.max(1, source.width() / 2);
        int h = Math.max(1, source.height() / 2);
        byte[] src = source.data();
        byte[] out = new byte[w * h * channels];
        int stride = source.width() * channels;
        int right = source.width() > 1 ? channels : 0;
        int down = source.height() > 1 ? stride : 0;
        for (int y = 0; y < h; y++) {
            int o = y * w * channels;
            for (int x = 0; x < w; x++) {
                int s = 2 * y * stride + 2 * x * channels;
                for (int k = 0; k < channels; k++, o++) {
                    int sum = (src[s + k] & 0xFF)
                            + (src[s + right + k] & 0xFF)
                            + (src[s + down + k] & 0xFF)
                            + (src[s + down + right + k] & 0xFF);
                    out[o] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return new Bitmap(w, h, channels, out);
    }

    private static Bitmap halvedGrey(Bitmap source) {
        int width = source.width();
        int w = width / 2;
        int h = source.height() / 2;
        byte[] src = source.data();
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            int s = 2 * y * width;
            for (int o = y * w, end = o + w; o < end; o++, s += 2) {
                int sum = (src[s] & 0xFF) + (src[s + 1] & 0xFF) + (src[s + width] & 0xFF) + (src[s + width + 1] & 0xFF);
                out[o] = (byte) ((sum + 2) >> 2);
            }
        }
        return new Bitmap(w, h, 1, out);
    }
}
