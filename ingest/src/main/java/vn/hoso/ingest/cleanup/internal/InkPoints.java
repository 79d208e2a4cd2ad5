package vn.hoso.ingest.cleanup.internal;

import java.util.Arrays;

/**
 * The dark pixels of a page at half resolution, without the scanner's border: what skew and orientation are
 * judged on. Half resolution keeps 100-150 dpi, enough to resolve text lines and diacritics, at a quarter
 * of the work.
 *
 * <p>Ink is a pixel darker than {@link #INK_SHARE} of its tile's paper level, so shaded and yellowed paper do
 * not count. The border is every dark run that starts at the image's edge: text never touches the edge,
 * a scanner lid, a table under a phone or a dark photocopy margin always does.
 */
public final class InkPoints {

    /** Darker than this share of the local paper level is ink; faded typewriter ink sits near 0.65. */
    static final double INK_SHARE = 0.75;

    /** Darker than this share of the page's paper level is border where it touches the edge. */
    static final double BORDER_SHARE = 0.7;

    /** Tile for the paper level, at half resolution: 5-8 mm, larger than a character. */
    private static final int TILE = 32;

    /** Rows that share one set of ink thresholds: the paper level barely changes over them. */
    private static final int THRESHOLD_ROWS = 8;

    /** Border runs are widened by this much, for the soft edge between border and paper. */
    private static final int BORDER_MARGIN = 3;

    private final int width;
    private final int height;
    private final int[] xs;
    private final int[] ys;
    private final int count;

    private InkPoints(int width, int height, int[] xs, int[] ys, int count) {
        this.width = width;
        this.height = height;
        this.xs = xs;
        this.ys = ys;
        this.count = count;
    }

    public static InkPoints of(GreyRaster page) {
        GreyRaster half = Resampler.halved(Bitmap.of(page)).toGrey();
        TileField paper = TileField.paperLevels(half, TILE, 0.9);
        int[][] open = openSpans(half, (int) (half.level(0.9) * BORDER_SHARE));
        return collect(half, paper, open);
    }

    /**
     * Per row, the span {@code [left, right)} not covered by a border run from the left or right edge; per
     * column, the same from the top and bottom: {@code {rowLeft, rowRight, columnTop, columnBottom}}.
     */
    private static int[][] openSpans(GreyRaster half, int dark) {
        int w = half.width();
        int h = half.height();
        int[] rowLeft = new int[h];
        int[] rowRight = new int[h];
        int[] columnTop = new int[w];
        int[] columnBottom = new int[w];
        byte[] pixels = half.pixels();
        for (int y = 0; y < h; y++) {
            rowLeft[y] = run(pixels, y * w, 1, w, dark);
            rowRight[y] = w - run(pixels, y * w + w - 1, -1, w, dark);
        }
        for (int x = 0; x < w; x++) {
            columnTop[x] = run(pixels, x, w, h, dark);
            columnBottom[x] = h - run(pixels, (h - 1) * w + x, -w, h, dark);
        }
        return new int[][] {rowLeft, rowRight, columnTop, columnBottom};
    }

    /** Length of the dark run starting at {@code start}, widened by the margin; 0 when there is none. */
    private static int run(byte[] pixels, int start, int step, int limit, int dark) {
        int length = 0;
        while (length < limit && (pixels[start + length * step] & 0xFF) < dark) {
            length++;
        }
        return length == 0 ? 0 : Math.min(limit, length + BORDER_MARGIN);
    }

    private static InkPoints collect(GreyRaster half, TileField paper, int[][] open) {
        int w = half.width();
        int[] xs = new int[1024];
        int[] ys = new int[1024];
        int count = 0;
        int[] thresholds = new int[w];
        for (int y = 0; y < half.height(); y++) {
            if (y % THRESHOLD_ROWS == 0) {
                paper.row(y + THRESHOLD_ROWS / 2, level -> (int) (level * INK_SHARE) >> 8, thresholds);
            }
            for (int x = open[0][y]; x < open[1][y]; x++) {
                if (half.pixel(x, y) < thresholds[x] && y >= open[2][x] && y < open[3][x]) {
                    if (count == xs.length) {
                        xs = Arrays.copyOf(xs, count * 2);
                        ys = Arrays.copyOf(ys, count * 2);
                    }
                    xs[count] = x;
                    ys[count++] = y;
                }
            }
        }
        return new InkPoints(w, half.height(), xs, ys, count);
    }

    /** The same points on the page turned a quarter clockwise: {@code (x, y) → (height − 1 − y, x)}. */
    InkPoints turnedClockwise() {
        int[] turnedXs = new int[count];
        int[] turnedYs = new int[count];
        for (int i = 0; i < count; i++) {
            turnedXs[i] = height - 1 - ys[i];
            turnedYs[i] = xs[i];
        }
        return new InkPoints(height, width, turnedXs, turnedYs, count);
    }

    /** The same points mirrored across the diagonal, so vertical lines become horizontal. */
    InkPoints transposed() {
        return new InkPoints(height, width, ys, xs, count);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int count() {
        return count;
    }

    int x(int i) {
        return xs[i];
    }

    int y(int i) {
        return ys[i];
    }
}
