package vn.hoso.archive.integrity;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.storage.PageStore;

/**
 * The fixity job, on a schedule ({@code hoso.fixity.cron}) and on demand. At most one run at a time per process;
 * a run happens on its own thread, so neither a request nor the scheduler waits for hours. Each finished run is
 * saved as a report in the page store and published as an application event ({@link FixityReport}); each problem is
 * published as a {@link FixityFinding} when found. A run that fails as a whole (the store cannot be listed) is
 * logged and leaves no report, so the latest report is never a partial one.
 */
@Service
public class Fixity implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Fixity.class);

    /** What a request to start a run achieved: a new run, or the one already under way. */
    public record RunStart(Instant since, boolean alreadyRunning) {}

    private final Dossiers dossiers;
    private final PageStore store;
    private final ApplicationEventPublisher events;
    private final FixityReports reports;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<Instant> running = new AtomicReference<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "fixity");
        thread.setDaemon(true);
        return thread;
    });

    Fixity(Dossiers dossiers, PageStore store, ApplicationEventPublisher events, JsonMapper json) {
        this.dossiers = dossiers;
        this.store = store;
        this.events = events;
        this.reports = new FixityReports(store, json);
    }

    /** Starts a run in the background unless one is under way. */
    public RunStart start(String requestedBy) {
        Instant now = clock.instant();
        Instant already = running.compareAndExchange(null, now);
        if (already != null) {
            return new RunStart(already, true);
        }
        worker.execute(() -> runAndRelease(requestedBy));
        return new RunStart(now, false);
    }

    /** The report of the last finished run, if any run ever finished. */
    public Optional<FixityReport> latest() {
        return reports.latest();
    }

    /** Whether a run is under way, and since when. */
    public Optional<Instant> runningSince() {
        return Optional.ofNullable(running.get());
    }

    @Scheduled(cron = "${hoso.fixity.cron:-}")
    void scheduled() {
        RunStart start = start("scheduler");
        if (start.alreadyRunning()) {
            log.warn("scheduled fixity run skipped: the run started {} is still going", start.since());
        }
    }

    private void runAndRelease(String requestedBy) {
        try {
            FixityReport report = new FixityRun(dossiers, store, events, clock).run(requestedBy);
            String key = reports.save(report);
            events.publishEvent(report);
            log.info(
                    "fixity run finished: {} masters checked, {} ok, {} mismatched, {} missing, {} unreadable;"
                            + " report {}",
                    report.checked(),
                    report.ok(),
                    report.mismatched().size(),
                    report.missing().size(),
                    report.unreadable().size(),
                    key);
        } catch (RuntimeException e) {
            log.error("fixity run requested by {} failed and left no report", requestedBy, e);
        } finally {
            running.set(null);
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }
}
