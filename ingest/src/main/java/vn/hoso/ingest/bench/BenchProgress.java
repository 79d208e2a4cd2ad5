package vn.hoso.ingest.bench;

import java.util.List;

/** Told how a benchmark advances, for a progress display. Calls may come from worker threads. */
public interface BenchProgress {

    BenchProgress SILENT = new BenchProgress() {
        @Override
        public void started(List<Reader> readers, int pages) {}

        @Override
        public void pageRead(Reader reader, String pageId, double seconds, String problem) {}
    };

    /** @param readers those that will run (installed), each over all {@code pages} */
    void started(List<Reader> readers, int pages);

    /** @param problem why the page has no text; empty when it was read */
    void pageRead(Reader reader, String pageId, double seconds, String problem);
}
