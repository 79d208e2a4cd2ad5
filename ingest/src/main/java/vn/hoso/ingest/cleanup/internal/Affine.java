package vn.hoso.ingest.cleanup.internal;

import java.util.function.UnaryOperator;

/**
 * Where an output pixel is read from: source {@code x = a·i + b·j + c}, {@code y = d·i + e·j + f} for output
 * pixel {@code (i, j)}, both in pixel-index coordinates (pixel centres at whole numbers).
 */
public record Affine(double a, double b, double c, double d, double e, double f) {

    /**
     * The affine map that agrees with {@code map} on three points; {@code map} takes and gives
     * {@code {x, y}} and must itself be affine (rotations, shifts and scales composed).
     */
    public static Affine through(UnaryOperator<double[]> map) {
        double[] origin = map.apply(new double[] {0, 0});
        double[] right = map.apply(new double[] {1, 0});
        double[] down = map.apply(new double[] {0, 1});
        return new Affine(
                right[0] - origin[0],
                down[0] - origin[0],
                origin[0],
                right[1] - origin[1],
                down[1] - origin[1],
                origin[1]);
    }

    /** Whether every output pixel lands exactly on a source pixel (quarter turns and shifts only). */
    boolean isPixelExact() {
        return whole(a)
                && whole(b)
                && whole(c)
                && whole(d)
                && whole(e)
                && whole(f)
                && Math.abs(a) + Math.abs(b) == 1
                && Math.abs(d) + Math.abs(e) == 1;
    }

    private static boolean whole(double value) {
        return Math.abs(value - Math.rint(value)) < 1e-9;
    }
}
