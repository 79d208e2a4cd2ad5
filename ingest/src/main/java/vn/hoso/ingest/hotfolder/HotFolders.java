package vn.hoso.ingest.hotfolder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.ingest.hotfolder.internal.Inbox;
import vn.hoso.profiles.ScannerProfile;

/**
 * Watches the inbox {@code <root>/<hotFolder.inbox>/} of every profile whose hot folder is enabled and hands what
 * is dropped there to a {@link Handover}.
 *
 * <p>What a clerk (or a scanning station) does:
 * <ul>
 *   <li>a folder named by a dossier code, say {@code QT-LS-012345/}, holding scans and optionally a
 *       {@code dossier.json} (the JSON of {@code POST /api/dossiers}), creates that dossier if needed and adds the
 *       scans to it in file-name order;</li>
 *   <li>with a profile that splits by barcode, a file directly in the inbox is a stack whose separator sheets say
 *       which dossier the pages after them belong to.</li>
 * </ul>
 * What is in the archive moves to {@code <inbox>/done/}, what is not to {@code <inbox>/quarantine/} with a
 * {@code <name>.reason.txt}; the path below the inbox is kept and nothing is overwritten.
 *
 * <p>Guarantees: an entry is taken only after its size and time stamps stayed the same for the profile's settle
 * time (and are checked again around the read); an entry leaves the inbox only after every delivery made from it
 * was answered, so killing the process at any moment loses nothing, and the handover's SHA-256 rule keeps what is
 * offered again from being added twice. Polling (not file-system events) is used because events are unreliable on
 * the network shares scanners write to. One thread takes entries one at a time, so files of a folder reach the
 * archive in order; memory holds one file (and one section of a split stack) at a time.
 */
public final class HotFolders implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HotFolders.class);

    private final List<Inbox> inboxes;
    private ScheduledExecutorService poller;

    /**
     * @param root folder holding one inbox per profile
     * @param profiles all profiles; those whose hot folder is disabled are ignored
     * @param clock measures settle times; the system clock outside tests
     * @throws IllegalArgumentException if two enabled profiles share an inbox
     */
    public HotFolders(Path root, Collection<ScannerProfile> profiles, Handover handover, InstantSource clock) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(handover, "handover");
        Objects.requireNonNull(clock, "clock");
        Set<String> names = new HashSet<>();
        this.inboxes = profiles.stream()
                .filter(profile -> profile.hotFolder().enabled())
                .peek(profile -> {
                    if (!names.add(profile.hotFolder().inbox())) {
                        throw new IllegalArgumentException("two profiles watch the inbox '"
                                + profile.hotFolder().inbox() + "'; the second is " + profile.name());
                    }
                })
                .map(profile -> new Inbox(root, profile, handover, clock))
                .toList();
    }

    /** The inbox folders watched, one per enabled profile. */
    public List<Path> inboxes() {
        return inboxes.stream().map(Inbox::folder).toList();
    }

    /**
     * One pass over every inbox, taking whatever has settled. A failing inbox (its folder cannot be created or
     * read) is logged and does not stop the others.
     */
    public synchronized void pollOnce() {
        for (Inbox inbox : inboxes) {
            try {
                inbox.poll();
            } catch (IOException | RuntimeException e) {
                log.error("hot folder {} could not be read", inbox.folder(), e);
            }
        }
    }

    /** Polls every {@code interval} on a thread of its own until {@link #close}. */
    public synchronized void start(Duration interval) {
        if (poller != null) {
            throw new IllegalStateException("already started");
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "hot-folder");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::pollOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("watching hot folders {} every {}", inboxes(), interval);
    }

    /** Stops polling; the entry being taken is finished first (waiting at most a minute). */
    @Override
    public void close() throws InterruptedException {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = poller;
        }
        if (stopping != null) {
            stopping.shutdown();
            if (!stopping.awaitTermination(1, TimeUnit.MINUTES)) {
                stopping.shutdownNow();
            }
        }
    }
}
