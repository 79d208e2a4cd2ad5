package vn.hoso.ingest.cleanup.internal;

/**
 * Median of nine values by a fixed exchange network (19 compare-exchanges, after Paeth and Devillard's
 * {@code opt_med9}), each written as {@code min}/{@code max}, which compile to conditional moves: on noisy
 * pages a branching exchange mispredicts half the time and costs ten times more. Nine parameters rather than
 * an array, so the window stays in registers.
 */
final class Median9 {

    private Median9() {}

    static int of(int p0, int p1, int p2, int p3, int p4, int p5, int p6, int p7, int p8) {
        int t;
        t = Math.min(p1, p2);
        p2 = Math.max(p1, p2);
        p1 = t;
        t = Math.min(p4, p5);
        p5 = Math.max(p4, p5);
        p4 = t;
        t = Math.min(p7, p8);
        p8 = Math.max(p7, p8);
        p7 = t;
        t = Math.min(p0, p1);
        p1 = Math.max(p0, p1);
        p0 = t;
        t = Math.min(p3, p4);
        p4 = Math.max(p3, p4);
        p3 = t;
        t = Math.min(p6, p7);
        p7 = Math.max(p6, p7);
        p6 = t;
        t = Math.min(p1, p2);
        p2 = Math.max(p1, p2);
        p1 = t;
        t = Math.min(p4, p5);
        p5 = Math.max(p4, p5);
        p4 = t;
        t = Math.min(p7, p8);
        p8 = Math.max(p7, p8);
        p7 = t;
        p3 = Math.max(p0, p3);
        p5 = Math.min(p5, p8);
        t = Math.min(p4, p7);
        p7 = Math.max(p4, p7);
        p4 = t;
        p6 = Math.max(p3, p6);
        p4 = Math.max(p1, p4);
        p2 = Math.min(p2, p5);
        p4 = Math.min(p4, p7);
        t = Math.min(p4, p2);
        p2 = Math.max(p4, p2);
        p4 = t;
        p4 = Math.max(p6, p4);
        return Math.min(p4, p2);
    }
}
