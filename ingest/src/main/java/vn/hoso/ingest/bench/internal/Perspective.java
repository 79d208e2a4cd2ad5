package vn.hoso.ingest.bench.internal;

/** A plane projective mapping (homography), fixed by four points and where they go. */
final class Perspective {

    private final double[] h;

    private Perspective(double[] h) {
        this.h = h;
    }

    /**
     * @param from four points x0, y0, … x3, y3
     * @param to where each goes, in the same order
     */
    static Perspective mapping(double[] from, double[] to) {
        double[][] system = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            system[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            system[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        return new Perspective(solved(system));
    }

    double[] apply(double x, double y) {
        double w = h[6] * x + h[7] * y + 1;
        return new double[] {(h[0] * x + h[1] * y + h[2]) / w, (h[3] * x + h[4] * y + h[5]) / w};
    }

    /** Gaussian elimination with partial pivoting on an 8 × 9 augmented matrix. */
    private static double[] solved(double[][] m) {
        int n = 8;
        for (int column = 0; column < n; column++) {
            int pivot = column;
            for (int row = column + 1; row < n; row++) {
                if (Math.abs(m[row][column]) > Math.abs(m[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = m[column];
            m[column] = m[pivot];
            m[pivot] = swap;
            if (Math.abs(m[column][column]) < 1e-12) {
                throw new IllegalArgumentException("the four points are degenerate");
            }
            for (int row = 0; row < n; row++) {
                if (row != column) {
                    double factor = m[row][column] / m[column][column];
                    for (int k = column; k <= n; k++) {
                        m[row][k] -= factor * m[column][k];
                    }
                }
            }
        }
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = m[i][n] / m[i][i];
        }
        return h;
    }
}
