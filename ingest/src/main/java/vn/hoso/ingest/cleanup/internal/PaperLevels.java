package vn.hoso.ingest.cleanup.internal;

/** The brightness of bare paper across a page, on a coarse grid of tiles, read back bilinearly. */
final class PaperLevels {

    private final int block;
    private final int columns;
    private final int rows;
    private final float[] levels;

    private PaperLevels(int block, int columns, int rows, float[] levels) {
        this.block = block;
        this.columns = columns;
        this.rows = rows;
        this.levels = levels;
    }

    static PaperLevels estimate(GreyRaster page, int block, double paperQuantile) {
        int columns = (page.width() + block - 1) / block;
        int rows = (page.height() + block - 1) / block;
        float[] raw = new float[columns * rows];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                raw[row * columns + column] = tileQuantile(page, column * block, row * block, block, paperQuantile);
            }
        }
        return new PaperLevels(block, columns, rows, smoothed(raw, columns, rows));
    }

    /** The grey level that {@code quantile} of the tile's pixels are at or below. */
    private static float tileQuantile(GreyRaster page, int left, int top, int block, double quantile) {
        int[] histogram = new int[256];
        int right = Math.min(page.width(), left + block);
        int bottom = Math.min(page.height(), top + block);
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                histogram[page.pixel(x, y)]++;
            }
        }
        long brighter = Math.round((right - left) * (bottom - top) * (1 - quantile));
        int level = 255;
        long seen = histogram[255];
        while (seen < brighter && level > 0) {
            seen += histogram[--level];
        }
        return level;
    }

    /** 3 × 3 mean over tiles, so one tile filled by a heading or a stamp does not punch a hole. */
    private static float[] smoothed(float[] raw, int columns, int rows) {
        float[] out = new float[raw.length];
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                float sum = 0;
                int count = 0;
                for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
                    for (int c = Math.max(0, column - 1); c <= Math.min(columns - 1, column + 1); c++) {
                        sum += raw[r * columns + c];
                        count++;
                    }
                }
                out[row * columns + column] = sum / count;
            }
        }
        return out;
    }

    float at(int x, int y) {
        float fx = Math.clamp((x + 0.5f) / block - 0.5f, 0, columns - 1);
        float fy = Math.clamp((y + 0.5f) / block - 0.5f, 0, rows - 1);
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(columns - 1, x0 + 1);
        int y1 = Math.min(rows - 1, y0 + 1);
        float tx = fx - x0;
        float ty = fy - y0;
        float top = levels[y0 * columns + x0] * (1 - tx) + levels[y0 * columns + x1] * tx;
        float bottom = levels[y1 * columns + x0] * (1 - tx) + levels[y1 * columns + x1] * tx;
        return top * (1 - ty) + bottom * ty;
    }
}
