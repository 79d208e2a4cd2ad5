package vn.hoso.ingest.cleanup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Skew and orientation of a page from projection profiles of its ink: projected across the text lines at
 * the right angle, ink piles up in sharp peaks (the lines) and empty valleys, so the sum of squared bin
 * counts is largest there. The angle is searched coarse to fine within ±{@link #MAX_SKEW}°; the same score
 * for vertical lines tells a page lying on its side.
 *
 * <p>Which way is up comes from the shape of each line's profile. Latin script puts much more ink above the
 * x-height band (capitals, ascenders) than below it (descenders), and Vietnamese far more still: nearly every
 * syllable carries a mark above, only the dot below goes under. So more ink on the side of the band facing
 * the top of the image means upright.
 */
public final class LineProfiles {

    /** Largest skew searched, in degrees; feeders and hand-placed sheets stay well within it. */
    static final double MAX_SKEW = 10;

    private static final double COARSE_STEP = 0.5;
    private static final double FINE_STEP = 0.05;

    /** The coarse search reads every this-many-th ink point: a page has tens of thousands. */
    private static final int COARSE_STRIDE = 4;

    /** Vertical lines must score this much above horizontal ones before a page counts as on its side. */
    static final double SIDEWAYS_RATIO = 1.3;

    /** Below this ratio between the two directions, which one holds the lines is a guess. */
    static final double CERTAIN_DIRECTION_RATIO = 1.35;

    /** Below this asymmetry of ink above and below the lines, which way is up is a guess. */
    static final double CERTAIN_ASYMMETRY = 0.15;

    /** Fewer ink points than this (a nearly empty page) give no orientation worth acting on. */
    private static final int FEWEST_POINTS = 500;

    private LineProfiles() {}

    /**
     * @param rotation clockwise quarter turn, in degrees, that makes the page upright: 0, 90, 180 or 270
     * @param skew the text lines' angle after that turn, degrees, positive when they rise to the right
     * @param certain whether both the direction of the lines and which side is up were clear
     */
    public record Estimate(int rotation, double skew, boolean certain) {}

    public static Estimate estimate(InkPoints points) {
        if (points.count() < FEWEST_POINTS) {
            return new Estimate(0, 0, points.count() == 0);
        }
        Peak horizontal = coarse(points);
        Peak vertical = coarse(points.transposed());
        boolean sideways = vertical.score() > horizontal.score() * SIDEWAYS_RATIO;
        InkPoints upright = sideways ? points.turnedClockwise() : points;
        Peak start = sideways ? coarse(upright) : horizontal;
        double skew = fine(upright, start.angle());
        double asymmetry = asymmetry(profile(upright, skew, 1, 1));
        int rotation = (sideways ? 90 : 0) + (asymmetry < 0 ? 180 : 0);
        double directionRatio = Math.max(horizontal.score(), vertical.score())
                / Math.max(1.0, Math.min(horizontal.score(), vertical.score()));
        boolean certain = directionRatio >= CERTAIN_DIRECTION_RATIO && Math.abs(asymmetry) >= CERTAIN_ASYMMETRY;
        return new Estimate(rotation, skew, certain);
    }

    private record Peak(double angle, double score) {}

    /** Best angle on every {@link #COARSE_STRIDE}-th point with 2-pixel bins, in {@link #COARSE_STEP} steps. */
    private static Peak coarse(InkPoints points) {
        Peak best = new Peak(0, -1);
        for (double angle = -MAX_SKEW; angle <= MAX_SKEW + 1e-9; angle += COARSE_STEP) {
            double score = score(profile(points, angle, 2, COARSE_STRIDE));
            if (score > best.score()) {
                best = new Peak(angle, score);
            }
        }
        return best;
    }

    /** Best angle within a coarse step of {@code around}, on every point, refined by a parabola. */
    private static double fine(InkPoints points, double around) {
        int steps = (int) Math.round(COARSE_STEP / FINE_STEP);
        double[] scores = new double[2 * steps + 1];
        int best = 0;
        for (int k = 0; k < scores.length; k++) {
            scores[k] = score(profile(points, around + (k - steps) * FINE_STEP, 1, 1));
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        double offset = 0;
        if (best > 0 && best < scores.length - 1) {
            double curvature = scores[best - 1] - 2 * scores[best] + scores[best + 1];
            offset = curvature < 0 ? 0.5 * (scores[best - 1] - scores[best + 1]) / curvature : 0;
        }
        return around + (best - steps + offset) * FINE_STEP;
    }

    /**
     * Ink counts across lines at {@code angle} degrees: bin of {@code x·sin + y·cos}, which is constant along
     * a line rising to the right at that angle.
     */
    static int[] profile(InkPoints points, double angle, int binWidth, int stride) {
        double radians = Math.toRadians(angle);
        float sin = (float) (Math.sin(radians) / binWidth);
        float cos = (float) (Math.cos(radians) / binWidth);
        float offset = (float) points.width() / binWidth;
        int[] bins = new int[(2 * points.width() + points.height()) / binWidth + 2];
        for (int i = 0; i < points.count(); i += stride) {
            bins[(int) (points.x(i) * sin + points.y(i) * cos + offset)]++;
        }
        return bins;
    }

    private static double score(int[] bins) {
        double sum = 0;
        for (int count : bins) {
            sum += (double) count * count;
        }
        return sum;
    }

    /**
     * Over all text lines of a profile, (ink above the x-height band − ink below it) / (both): positive for
     * upright Latin text, negative for text upside down. Runs much taller than the usual line (a stamp, a
     * photo, lines run together) are left out: their shape says nothing about up and down.
     */
    static double asymmetry(int[] bins) {
        List<int[]> lines = lines(bins);
        int[] heights =
                lines.stream().mapToInt(line -> line[1] - line[0]).sorted().toArray();
        if (heights.length == 0) {
            return 0;
        }
        int tallest = heights[heights.length / 2] * 8 / 5;
        long above = 0;
        long below = 0;
        for (int[] line : lines) {
            if (line[1] - line[0] <= tallest) {
                long[] sides = sides(bins, line[0], line[1]);
                above += sides[0];
                below += sides[1];
            }
        }
        return above + below == 0 ? 0 : (double) (above - below) / (above + below);
    }

    /** Runs {@code [from, to)} of at least 3 bins holding ink, bridging single empty bins. */
    private static List<int[]> lines(int[] bins) {
        int floor = Math.max(2, (int) (0.05 * busyLevel(bins)));
        List<int[]> lines = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= bins.length; i++) {
            boolean inLine = i < bins.length
                    && (bins[i] >= floor || (start >= 0 && i + 1 < bins.length && bins[i + 1] >= floor));
            if (inLine && start < 0) {
                start = i;
            } else if (!inLine && start >= 0) {
                if (i - start >= 3) {
                    lines.add(new int[] {start, i});
                }
                start = -1;
            }
        }
        return lines;
    }

    /** The 95th percentile of the non-empty bins: how full a line's bins get. */
    private static int busyLevel(int[] bins) {
        int[] busy = Arrays.stream(bins).filter(count -> count > 0).sorted().toArray();
        return busy.length == 0 ? 0 : busy[(int) (busy.length * 0.95)];
    }

    /** Ink before and after the band of bins at least half the line's peak, for the line {@code [from, to)}. */
    private static long[] sides(int[] bins, int from, int to) {
        int peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, bins[i]);
        }
        int bandTop = from;
        while (bins[bandTop] * 2 < peak) {
            bandTop++;
        }
        int bandBottom = to - 1;
        while (bins[bandBottom] * 2 < peak) {
            bandBottom--;
        }
        long before = 0;
        long after = 0;
        for (int i = from; i < bandTop; i++) {
            before += bins[i];
        }
        for (int i = bandBottom + 1; i < to; i++) {
            after += bins[i];
        }
        return new long[] {before, after};
    }
}
