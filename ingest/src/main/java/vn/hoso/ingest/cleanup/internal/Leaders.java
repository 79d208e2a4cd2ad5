package vn.hoso.ingest.cleanup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Dot leaders: the rows of dots that forms print for the clerk to write on ({@code Họ và tên: .........}).
 * Tesseract reads them as long runs of full stops and, where the dots blur into each other, as digits
 * ({@code 2222122}), which is wrong text and costs recognition time. They are found as chains of at least
 * {@link #FEWEST_DOTS} dot-sized blobs on one baseline with dot-sized gaps, and painted over with paper.
 *
 * <p>Dots are judged against the page's own letters (the median height of letter-sized blobs), so the rule
 * holds at any resolution. A full stop, an ellipsis or the dots below Vietnamese vowels (a letter's width
 * apart) never form such a chain.
 */
public final class Leaders {

    /** A shorter chain may be an ellipsis or punctuation. */
    static final int FEWEST_DOTS = 5;

    /** A dot is at most this share of a letter's height across. */
    private static final double DOT_SHARE = 0.3;

    /** Next dot of a chain within this many dot sizes: leaders are set two to three dot sizes apart. */
    private static final int GAP_IN_DOTS = 4;

    private Leaders() {}

    public static GreyRaster removed(GreyRaster page) {
        int paperLevel = page.level(0.90);
        Blobs blobs = Blobs.of(page, page.inkThreshold());
        int letter = letterHeight(blobs);
        if (letter == 0) {
            return page;
        }
        int dot = Math.max(2, (int) Math.round(letter * DOT_SHARE));
        List<Integer> dots = new ArrayList<>();
        for (int b = 0; b < blobs.count; b++) {
            if (blobs.width(b) <= dot && blobs.height(b) <= dot && blobs.pixels[b] >= 2) {
                dots.add(b);
            }
        }
        List<Integer> leaders = chained(blobs, dots, dot);
        if (leaders.isEmpty()) {
            return page;
        }
        return painted(page, blobs, leaders, paperLevel);
    }

    /**
     * The leaders' boxes, widened by a pixel on every side, painted paper: a dot's anti-aliased rim is lighter
     * than the ink threshold but would still read as a faint dot.
     */
    private static GreyRaster painted(GreyRaster page, Blobs blobs, List<Integer> leaders, int paperLevel) {
        byte[] out = page.pixels().clone();
        int w = page.width();
        for (int b : leaders) {
            int left = Math.max(0, blobs.left[b] - 1);
            int right = Math.min(w - 1, blobs.right[b] + 1);
            for (int y = Math.max(0, blobs.top[b] - 1); y <= Math.min(page.height() - 1, blobs.bottom[b] + 1); y++) {
                Arrays.fill(out, y * w + left, y * w + right + 1, (byte) paperLevel);
            }
        }
        return new GreyRaster(w, page.height(), out);
    }

    /**
     * Height of the blob holding the median ink pixel, among blobs 4 to 200 pixels tall: letters, since they
     * hold nearly all the ink; dots are many but small, rules and stamps few and left out. 0 on a page with too
     * little text to tell.
     */
    private static int letterHeight(Blobs blobs) {
        long[] byHeight = new long[201];
        long total = 0;
        for (int b = 0; b < blobs.count; b++) {
            int height = blobs.height(b);
            if (height >= 4 && height <= 200) {
                byHeight[height] += blobs.pixels[b];
                total += blobs.pixels[b];
            }
        }
        if (total < 2000) {
            return 0;
        }
        long seen = 0;
        int height = 3;
        while (seen * 2 < total) {
            seen += byHeight[++height];
        }
        return height;
    }

    /**
     * The dots that belong to chains: dots are grouped by the row of their centre (within a dot size), each
     * group ordered left to right and cut where the gap exceeds {@link #GAP_IN_DOTS} dot sizes.
     */
    private static List<Integer> chained(Blobs blobs, List<Integer> dots, int dot) {
        dots.sort(Comparator.comparingInt(b -> blobs.top[b] + blobs.bottom[b]));
        List<Integer> leaders = new ArrayList<>();
        int start = 0;
        while (start < dots.size()) {
            int rowCentre = blobs.top[dots.get(start)] + blobs.bottom[dots.get(start)];
            int end = start;
            while (end < dots.size() && blobs.top[dots.get(end)] + blobs.bottom[dots.get(end)] - rowCentre <= dot) {
                end++;
            }
            List<Integer> row = new ArrayList<>(dots.subList(start, end));
            row.sort(Comparator.comparingInt(b -> blobs.left[b]));
            collectChains(blobs, row, dot, leaders);
            start = end;
        }
        return leaders;
    }

    private static void collectChains(Blobs blobs, List<Integer> row, int dot, List<Integer> leaders) {
        int chainStart = 0;
        for (int i = 1; i <= row.size(); i++) {
            boolean broken =
                    i == row.size() || blobs.left[row.get(i)] - blobs.right[row.get(i - 1)] > GAP_IN_DOTS * dot;
            if (broken) {
                if (i - chainStart >= FEWEST_DOTS) {
                    leaders.addAll(row.subList(chainStart, i));
                }
                chainStart = i;
            }
        }
    }
}
