package vn.hoso.ingest.cleanup.internal;

import java.util.Arrays;

/**
 * The connected groups of ink pixels on a page (8-connected, ink being darker than a threshold), found from
 * the horizontal runs of each row joined with a union-find, so a page of millions of pixels costs one pass
 * and a few hundred thousand runs. Keeps each blob's bounding box and pixel count.
 */
final class Blobs {

    final int count;
    final int[] left;
    final int[] top;
    final int[] right;
    final int[] bottom;
    final int[] pixels;

    private Blobs(int count) {
        this.count = count;
        left = new int[count];
        top = new int[count];
        right = new int[count];
        bottom = new int[count];
        pixels = new int[count];
        Arrays.fill(left, Integer.MAX_VALUE);
        Arrays.fill(top, Integer.MAX_VALUE);
        Arrays.fill(right, -1);
        Arrays.fill(bottom, -1);
    }

    int width(int blob) {
        return right[blob] - left[blob] + 1;
    }

    int height(int blob) {
        return bottom[blob] - top[blob] + 1;
    }

    static Blobs of(GreyRaster page, int threshold) {
        Runs runs = Runs.of(page, threshold);
        int[] parent = new int[runs.count];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int y = 1; y < page.height(); y++) {
            joinRows(runs, parent, y);
        }
        int[] label = new int[runs.count];
        int labels = 0;
        for (int i = 0; i < runs.count; i++) {
            int root = find(parent, i);
            label[i] = root == i ? labels++ : -1;
        }
        Blobs blobs = new Blobs(labels);
        for (int y = 0; y < page.height(); y++) {
            for (int r = runs.rowStart[y]; r < runs.rowStart[y + 1]; r++) {
                blobs.add(label[find(parent, r)], runs.from[r], runs.to[r], y);
            }
        }
        return blobs;
    }

    private void add(int blob, int from, int to, int y) {
        left[blob] = Math.min(left[blob], from);
        right[blob] = Math.max(right[blob], to - 1);
        top[blob] = Math.min(top[blob], y);
        bottom[blob] = Math.max(bottom[blob], y);
        pixels[blob] += to - from;
    }

    /** Unites every run of row {@code y} with the runs of the row above that touch it, diagonals included. */
    private static void joinRows(Runs runs, int[] parent, int y) {
        int above = runs.rowStart[y - 1];
        int aboveEnd = runs.rowStart[y];
        for (int r = runs.rowStart[y]; r < runs.rowStart[y + 1]; r++) {
            while (above < aboveEnd && runs.to[above] < runs.from[r]) {
                above++;
            }
            for (int a = above; a < aboveEnd && runs.from[a] <= runs.to[r]; a++) {
                union(parent, a, r);
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    /** Runs of ink {@code [from, to)} per row, rows in order: row {@code y} holds runs rowStart[y] .. rowStart[y+1]. */
    private static final class Runs {
        int count;
        int[] from = new int[1 << 14];
        int[] to = new int[1 << 14];
        int[] rowStart;

        static Runs of(GreyRaster page, int threshold) {
            Runs runs = new Runs();
            runs.rowStart = new int[page.height() + 1];
            byte[] pixels = page.pixels();
            int width = page.width();
            for (int y = 0; y < page.height(); y++) {
                runs.rowStart[y] = runs.count;
                int row = y * width;
                int x = 0;
                while (x < width) {
                    while (x < width && (pixels[row + x] & 0xFF) >= threshold) {
                        x++;
                    }
                    int start = x;
                    while (x < width && (pixels[row + x] & 0xFF) < threshold) {
                        x++;
                    }
                    if (x > start) {
                        runs.add(start, x);
                    }
                }
            }
            runs.rowStart[page.height()] = runs.count;
            return runs;
        }

        private void add(int start, int end) {
            if (count == from.length) {
                from = Arrays.copyOf(from, count * 2);
                to = Arrays.copyOf(to, count * 2);
            }
            from[count] = start;
            to[count++] = end;
        }
    }
}
