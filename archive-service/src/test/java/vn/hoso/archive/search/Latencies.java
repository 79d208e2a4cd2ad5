package vn.hoso.archive.search;

import java.util.Arrays;

/**
 * Percentiles of a set of measured durations, in milliseconds; nearest-rank percentiles, so every figure is one
 * that was really measured.
 */
record Latencies(int count, double p50, double p95, double p99, double max, double mean) {

    static Latencies of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(
                sorted.length,
                millis(rank(sorted, 0.50)),
                millis(rank(sorted, 0.95)),
                millis(rank(sorted, 0.99)),
                millis(sorted[sorted.length - 1]),
                Arrays.stream(sorted).average().orElseThrow() / 1e6);
    }

    private static long rank(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    String line() {
        return "p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms  (%d queries)"
                .formatted(p50, p95, p99, max, mean, count);
    }
}
