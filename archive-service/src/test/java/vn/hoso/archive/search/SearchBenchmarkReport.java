package vn.hoso.archive.search;

import java.util.List;
import java.util.Map;
import vn.hoso.archive.search.SearchBenchmarkQueries.Kind;

/**
 * What one run of {@link SearchBenchmark} measured. Byte counts are bytes; times are milliseconds. The build is that
 * of this run, or of the earlier run that built the folder being measured again ({@code built.builtAt()} says when).
 *
 * @param emptyResults the queries (warm-up included) that found no dossier through the API; each was written from a
 *     dossier the benchmark officer may see, so this should be empty
 * @param api null, like the other measurements, when the run only built the archive
 * @param http null when the run skipped the HTTP part
 */
record SearchBenchmarkReport(
        String startedAt,
        String machine,
        SearchBenchmarkBuild built,
        long indexBytes,
        Latencies api,
        Map<Kind, Latencies> apiByKind,
        List<String> emptyResults,
        Latencies termQuery,
        long benchmarkHeapBytes,
        Http http) {

    /** The service's side. */
    record Http(Latencies latencies, long heapAfterGcBytes, long startupMillis, String reconcile) {}

    String text() {
        StringBuilder out = new StringBuilder();
        out.append("Search benchmark (issue 4), run started ").append(startedAt).append('\n');
        out.append("machine: ").append(machine).append('\n');
        long pages = built.pages();
        out.append("archive: %,d dossiers, %,d pages, %.0f bytes of text per page (%.1f MB in all)%n"
                .formatted(built.dossiers(), pages, (double) built.textBytes() / pages, built.textBytes() / 1e6));
        out.append("built ")
                .append(built.builtAt())
                .append(" on ")
                .append(built.machine())
                .append('\n');
        out.append("manifests written to folder storage: %.1f s%n".formatted(built.manifestMillis() / 1e3));
        out.append("index build (SearchIndex.upsertAll, 2 threads): %.1f s, %.0f pages/s%n"
                .formatted(built.buildMillis() / 1e3, pages * 1e3 / Math.max(1, built.buildMillis())));
        out.append("index size on disk: %,d bytes (%.2f GB)%n".formatted(indexBytes, indexBytes / 1e9));
        if (api == null) {
            return out.toString();
        }
        out.append("API  SearchIndex.search, 1 client: ").append(api.line()).append('\n');
        apiByKind.forEach((kind, latencies) -> out.append("       %-13s ".formatted(kind))
                .append(latencies.line())
                .append('\n'));
        out.append("     queries that found nothing: ")
                .append(emptyResults.size())
                .append(
                        emptyResults.isEmpty()
                                ? ""
                                : ", e.g. " + emptyResults.subList(0, Math.min(3, emptyResults.size())))
                .append('\n');
        out.append("bare Lucene TermQuery (same queries, one term each, top 20): ")
                .append(termQuery.line())
                .append('\n');
        out.append("ratio API / TermQuery: p50 %.1f×  p99 %.1f×  mean %.1f×%n"
                .formatted(api.p50() / termQuery.p50(), api.p99() / termQuery.p99(), api.mean() / termQuery.mean()));
        out.append(
                "benchmark JVM heap used after GC (index open): %.0f MB%n".formatted(benchmarkHeapBytes / 1048576.0));
        if (http != null) {
            out.append("HTTP GET /api/search, signed-in officer, 1 client: ")
                    .append(http.latencies().line())
                    .append('\n');
            out.append("service (-Xmx1g) heap used after GC: %.0f MB; ready in %.1f s; %s%n"
                    .formatted(http.heapAfterGcBytes() / 1048576.0, http.startupMillis() / 1e3, http.reconcile()));
        }
        return out.toString();
    }
}
