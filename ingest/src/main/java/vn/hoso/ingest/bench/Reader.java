package vn.hoso.ingest.bench;

import java.util.Locale;

/** Who reads the pages in a benchmark. */
public enum Reader {
    /** Our {@link vn.hoso.ingest.pipeline.IngestPipeline}, in this JVM. */
    PIPELINE,
    /** {@code tesseract IMAGE - -l vie}, one process per page. */
    TESSERACT,
    /** {@code ocrmypdf -l vie --rotate-pages --deskew --clean}, one process per page. */
    OCRMYPDF;

    /** The name used in tables and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
