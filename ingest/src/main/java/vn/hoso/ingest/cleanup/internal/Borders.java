package vn.hoso.ingest.cleanup.internal;

import java.util.Arrays;

/**
 * Dark borders around the paper: the scanner lid or platen, a table under a phone, a photocopier's black
 * margin, and the corners a rotation leaves uncovered. Whatever is dark and touches the image's edge is
 * border, since text and stamps stop short of the sheet's edge.
 */
public final class Borders {

    /** Darker than this share of the paper level is border, where it touches the edge. */
    static final double DARK_SHARE = 0.7;

    /** Every this many rows (columns) is measured; borders are straight bands, sampling misses nothing. */
    private static final int SAMPLE_STEP = 8;

    /** Kept beyond a border's inner edge, for its soft transition into paper. */
    private static final int MARGIN = 3;

    /**
     * A border run stops where the image gets brighter than halfway from the border's own level (its first
     * pixel) to {@link #DARK_SHARE} of the paper. A border is a uniform dark surface with a sharp edge; paper
     * under uneven light (a phone photo lit from one side) is darker than the paper level too but far
     * brighter than the table beside it: without this ceiling the dim end of such a page counted as border
     * and a quarter of its text was cut (generated phone photos, CER 0.025 → 0.107). For the same reason a
     * run starts only on a pixel darker than half the border threshold: dim paper at the edge is not border.
     */
    static int ceiling(int edgeLevel, int dark) {
        return edgeLevel > dark / 2 ? 0 : (edgeLevel + dark) / 2;
    }

    /** A side is never cut by more than this share of the page: beyond it, the "border" is the content. */
    private static final double MOST_CUT = 0.3;

    private Borders() {}

    /** Left, top, width, height of the part of the page inside its border bands. */
    public record Content(int left, int top, int width, int height) {}

    /**
     * The page without the bands along its sides that are dark on most of their length. Bands that are
     * dark only in places (a rotation's corners, a wedge) are cut to their usual depth, not their deepest;
     * {@link #whitened} removes what remains.
     */
    public static Content content(GreyRaster page, int paperLevel) {
        int dark = (int) (paperLevel * DARK_SHARE);
        int w = page.width();
        int h = page.height();
        int left = cut(depths(page, dark, 0, w, true), w);
        int right = cut(depths(page, dark, w - 1, w, true), w);
        int top = cut(depths(page, dark, 0, h, false), h);
        int bottom = cut(depths(page, dark, h - 1, h, false), h);
        if (left + right >= w / 2 || top + bottom >= h / 2) {
            return new Content(0, 0, w, h);
        }
        return new Content(left, top, w - left - right, h - top - bottom);
    }

    /** Depth of the dark run from one edge, on every sampled row (or column). */
    private static int[] depths(GreyRaster page, int dark, int edge, int limit, boolean alongRows) {
        int lines = alongRows ? page.height() : page.width();
        int[] depths = new int[(lines + SAMPLE_STEP - 1) / SAMPLE_STEP];
        int inward = edge == 0 ? 1 : -1;
        for (int k = 0; k < depths.length; k++) {
            int line = k * SAMPLE_STEP;
            int depth = 0;
            int ceiling = ceiling(value(page, alongRows, line, edge), dark);
            while (depth < limit && value(page, alongRows, line, edge + inward * depth) < ceiling) {
                depth++;
            }
            depths[k] = depth;
        }
        return depths;
    }

    private static int value(GreyRaster page, boolean alongRows, int line, int position) {
        return alongRows ? page.pixel(position, line) : page.pixel(line, position);
    }

    /** The median depth, widened by the margin, or 0 when most lines have no border at all. */
    private static int cut(int[] depths, int limit) {
        int[] sorted = depths.clone();
        Arrays.sort(sorted);
        int median = sorted.length == 0 ? 0 : sorted[sorted.length / 2];
        return median == 0 ? 0 : Math.min((int) (limit * MOST_CUT), median + MARGIN);
    }

    /**
     * {@code page} with every dark run that starts at its edge painted {@code paperLevel}, provided the run
     * stops within {@link #MOST_CUT} of the page: a longer one is not a border.
     */
    public static GreyRaster whitened(GreyRaster page, int paperLevel) {
        int dark = (int) (paperLevel * DARK_SHARE);
        int w = page.width();
        int h = page.height();
        Painting painting = new Painting(page.pixels(), dark, (byte) paperLevel);
        for (int y = 0; y < h; y++) {
            painting.run(y * w, 1, (int) (w * MOST_CUT));
            painting.run(y * w + w - 1, -1, (int) (w * MOST_CUT));
        }
        for (int x = 0; x < w; x++) {
            painting.run(x, w, (int) (h * MOST_CUT));
            painting.run((h - 1) * w + x, -w, (int) (h * MOST_CUT));
        }
        return painting.copy == null ? page : new GreyRaster(w, h, painting.copy);
    }

    /** Paints border runs on a copy of the pixels, made only when the first run is found. */
    private static final class Painting {
        private final byte[] pixels;
        private final int dark;
        private final byte paper;
        private byte[] copy;

        Painting(byte[] pixels, int dark, byte paper) {
            this.pixels = pixels;
            this.dark = dark;
            this.paper = paper;
        }

        void run(int start, int step, int limit) {
            byte[] current = copy == null ? pixels : copy;
            int ceiling = ceiling(current[start] & 0xFF, dark);
            int length = 0;
            while (length < limit && (current[start + length * step] & 0xFF) < ceiling) {
                length++;
            }
            if (length == 0 || length == limit) {
                return;
            }
            if (copy == null) {
                copy = pixels.clone();
            }
            int end = Math.min(limit, length + MARGIN);
            for (int k = 0; k < end; k++) {
                copy[start + k * step] = paper;
            }
        }
    }
}
