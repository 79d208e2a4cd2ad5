package vn.hoso.archive.page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.ArchiveProperties;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.dossier.PageStatus;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.pipeline.PageOutcome;

/**
 * Recognises pending pages in the background, one Tesseract per worker. The work queue holds only page references,
 * never image bytes, so memory does not grow with the backlog. A page stays {@code PENDING} until its outcome is in
 * the manifest; pages still pending at start-up (the process died) are queued again, so none is lost.
 */
@Component
class Recognition implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Recognition.class);

    private final Dossiers dossiers;
    private final PageStore store;
    private final IngestPipelines pipelines;
    private final JsonMapper json;
    private final ExecutorService workers;
    private final LocalMasters masters;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    Recognition(
            Dossiers dossiers,
            PageStore store,
            IngestPipelines pipelines,
            JsonMapper json,
            IngestProperties properties,
            ArchiveProperties archive) {
        this.dossiers = dossiers;
        this.store = store;
        this.pipelines = pipelines;
        this.json = json;
        int workerCount = properties.effectiveWorkers();
        Path copies = archive.dataDir().resolve("tmp").resolve("masters");
        deleteLeftovers(copies);
        // Two per worker: the masters being read plus the next ones, so a batch of many small files is not
        // fetched twice when pages of a file are spread over the queue.
        this.masters = new LocalMasters(store, copies, 2 * workerCount);
        AtomicInteger number = new AtomicInteger();
        this.workers =
                Executors.newFixedThreadPool(workerCount, task -> new Thread(task, "ocr-" + number.incrementAndGet()));
    }

    /** Copies left by a process that died are of no use: the next recognition fetches its master again. */
    private static void deleteLeftovers(Path copies) {
        if (!Files.isDirectory(copies)) {
            return;
        }
        try (Stream<Path> files = Files.list(copies)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("could not empty {}: {}", copies, e.toString());
        }
    }

    /** Queues the page unless it is queued or running already (an upload and the start-up resume can overlap). */
    void submit(DossierCode code, int seq) {
        String page = code.value() + "/" + seq;
        if (inFlight.add(page)) {
            workers.execute(() -> {
                try {
                    recognize(code, seq);
                } finally {
                    inFlight.remove(page);
                }
            });
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumePending() {
        try (var codes = dossiers.codes()) {
            codes.forEach(code -> dossiers.find(code.value()).ifPresent(dossier -> dossier.pages().stream()
                    .filter(page -> page.status() == PageStatus.PENDING)
                    .forEach(page -> submit(code, page.seq()))));
        }
    }

    private void recognize(DossierCode code, int seq) {
        try {
            Page page = dossiers.find(code.value())
                    .flatMap(dossier -> dossier.page(seq))
                    .orElse(null);
            if (page == null || page.status() != PageStatus.PENDING) {
                return;
            }
            PageOutcome outcome;
            try (LocalMasters.Lease master = masters.lease(page.masterKey())) {
                outcome = pipelines.forProfile(page.profile()).recognize(master.file(), page.frame());
            }
            switch (outcome) {
                case PageOutcome.Recognized recognized -> keep(code, seq, recognized);
                case PageOutcome.Quarantined quarantined -> dossiers.markQuarantined(code, seq, quarantined.reason());
            }
        } catch (RuntimeException e) {
            // The page stays PENDING when even the quarantine cannot be written; start-up resumes it.
            log.error("recognition of {} page {} failed", code, seq, e);
            try {
                dossiers.markQuarantined(code, seq, "recognition failed: " + e.getMessage());
            } catch (RuntimeException again) {
                log.error("could not quarantine {} page {}; it stays pending", code, seq, again);
            }
        }
    }

    private void keep(DossierCode code, int seq, PageOutcome.Recognized page) {
        store.put(DossierKeys.view(code, seq), page.viewJpeg(), "image/jpeg");
        store.put(DossierKeys.thumb(code, seq), page.thumbJpeg(), "image/jpeg");
        OcrDocument ocr = new OcrDocument(page.text(), page.width(), page.height(), page.confidence(), page.words());
        store.put(DossierKeys.ocr(code, seq), json.writeValueAsBytes(ocr), "application/json");
        Dossier after = dossiers.markRecognized(code, seq, page.confidence(), page.flags(), page.rotation());
        log.info(
                "{} page {} recognised, confidence {}%, flags {}, version {}",
                code, seq, Math.round(page.confidence()), page.flags(), after.version());
    }

    @Override
    public void close() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        masters.close();
    }
}
