/**
 * The benchmark's parts: reading a ground-truth folder, the readers and their rounds, scoring, the
 * Markdown report, and the page generator (forms, layout, painting, degradations). Private to
 * {@code vn.hoso.ingest.bench}.
 */
package vn.hoso.ingest.bench.internal;
