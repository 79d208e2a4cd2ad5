package vn.hoso.ingest.cleanup.internal;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * A quantity that varies slowly across a page (paper brightness, a binarisation threshold), measured on a
 * grid of square tiles, smoothed over each tile's neighbours so that one tile filled by a heading or a stamp
 * does not punch a hole, and read back bilinearly between tile centres.
 */
final class TileField {

    private final int block;
    private final int columns;
    private final int rows;
    private final float[] values;
    /** Per pixel column: the tile centre to its left and the weight (0..256) of the one to its right. */
    private final int[] leftCentre;

    private final int[] rightWeight;

    private TileField(GreyRaster page, int block, float[] values) {
        this.block = block;
        this.columns = columns(page, block);
        this.rows = rows(page, block);
        this.values = values;
        this.leftCentre = new int[page.width()];
        this.rightWeight = new int[page.width()];
        for (int x = 0; x < page.width(); x++) {
            float fx = Math.clamp((x + 0.5f) / block - 0.5f, 0, columns - 1);
            leftCentre[x] = Math.min((int) fx, Math.max(0, columns - 2));
            rightWeight[x] = columns == 1 ? 0 : Math.round((fx - leftCentre[x]) * 256);
        }
    }

    /** A high percentile of each tile: bare paper, since even dense text leaves most of a tile blank. */
    static TileField paperLevels(GreyRaster page, int block, double paperQuantile) {
        int columns = columns(page, block);
        float[] raw = new float[columns * rows(page, block)];
        forEachTileHistogram(
                page, block, 2, (tile, histogram, count) -> raw[tile] = quantile(histogram, count, paperQuantile));
        return new TileField(page, block, smoothed(raw, columns, rows(page, block)));
    }

    /**
     * Sauvola's threshold {@code mean · (1 + k · (deviation / 128 − 1))}, from each tile's mean and standard
     * deviation averaged with its neighbours' (a window of about three tiles).
     */
    static TileField sauvolaThresholds(GreyRaster page, int block, double k) {
        int columns = columns(page, block);
        int rows = rows(page, block);
        float[] means = new float[columns * rows];
        float[] squares = new float[columns * rows];
        forEachTileHistogram(page, block, 1, (tile, histogram, count) -> {
            double sum = 0;
            double sumOfSquares = 0;
            for (int v = 0; v < 256; v++) {
                sum += (double) histogram[v] * v;
                sumOfSquares += (double) histogram[v] * v * v;
            }
            means[tile] = (float) (sum / count);
            squares[tile] = (float) (sumOfSquares / count);
        });
        float[] mean = smoothed(means, columns, rows);
        float[] square = smoothed(squares, columns, rows);
        float[] thresholds = new float[mean.length];
        for (int i = 0; i < thresholds.length; i++) {
            double deviation = Math.sqrt(Math.max(0, square[i] - mean[i] * mean[i]));
            thresholds[i] = (float) (mean[i] * (1 + k * (deviation / 128 - 1)));
        }
        return new TileField(page, block, thresholds);
    }

    private static int columns(GreyRaster page, int block) {
        return (page.width() + block - 1) / block;
    }

    private static int rows(GreyRaster page, int block) {
        return (page.height() + block - 1) / block;
    }

    private interface TileVisitor {
        void visit(int tile, int[] histogram, int count);
    }

    /**
     * Builds each tile's grey-level histogram, one band of tiles at a time, from every {@code step}-th pixel
     * of every {@code step}-th row: a percentile or a mean over a thousand pixels is as good as over four.
     */
    private static void forEachTileHistogram(GreyRaster page, int block, int step, TileVisitor visitor) {
        int columns = columns(page, block);
        int width = page.width();
        byte[] pixels = page.pixels();
        int[][] histograms = new int[columns][256];
        int[] counts = new int[columns];
        for (int row = 0; row < rows(page, block); row++) {
            int top = row * block;
            int bottom = Math.min(page.height(), top + block);
            for (int y = top; y < bottom; y += step) {
                for (int column = 0; column < columns; column++) {
                    int[] histogram = histograms[column];
                    int end = y * width + Math.min(width, (column + 1) * block);
                    for (int i = y * width + column * block; i < end; i += step) {
                        histogram[pixels[i] & 0xFF]++;
                        counts[column]++;
                    }
                }
            }
            for (int column = 0; column < columns; column++) {
                visitor.visit(row * columns + column, histograms[column], counts[column]);
                Arrays.fill(histograms[column], 0);
                counts[column] = 0;
            }
        }
    }

    /** The grey level that {@code quantile} of the {@code count} counted pixels are at or below. */
    private static float quantile(int[] histogram, long count, double quantile) {
        long brighter = Math.round(count * (1 - quantile));
        int level = 255;
        long seen = histogram[255];
        while (seen < brighter && level > 0) {
            seen += histogram[--level];
        }
        return level;
    }

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

    /**
     * {@code transform} of the value at every pixel of row {@code y}, in {@code out}; the transform takes the
     * value in 8.8 fixed point. It is applied at the tile centres and interpolated linearly between them: the
     * field varies slowly, so this matches transforming the bilinear value to a fraction of a grey level, at a
     * fraction of the cost.
     */
    void row(int y, IntUnaryOperator transform, int[] out) {
        float fy = Math.clamp((y + 0.5f) / block - 0.5f, 0, rows - 1);
        int y0 = (int) fy;
        int y1 = Math.min(rows - 1, y0 + 1);
        float ty = fy - y0;
        int[] centres = new int[columns + 1];
        for (int c = 0; c < columns; c++) {
            float value = values[y0 * columns + c] * (1 - ty) + values[y1 * columns + c] * ty;
            centres[c] = transform.applyAsInt(Math.round(value * 256));
        }
        centres[columns] = centres[columns - 1];
        for (int x = 0; x < out.length; x++) {
            int left = centres[leftCentre[x]];
            out[x] = left + (int) (((long) (centres[leftCentre[x] + 1] - left) * rightWeight[x]) >> 8);
        }
    }
}
