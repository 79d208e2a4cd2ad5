package vn.hoso.ingest.hotfolder.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hoso.ingest.hotfolder.Delivery;
import vn.hoso.ingest.hotfolder.Handed;
import vn.hoso.ingest.hotfolder.Handover;
import vn.hoso.profiles.ScannerProfile;

/**
 * One profile's inbox. Each pass takes what has settled: dossier folders first (so that a dossier a folder's
 * {@code dossier.json} creates exists before a stack's separator names it), then files directly in the inbox.
 * An entry leaves the inbox only after the archive answered for all of it, so a crash at any point leaves it to
 * be offered again. Names starting with {@code .} or {@code ~} and ending in {@code .part} or {@code .tmp} are
 * copies in progress and are left alone.
 */
public final class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    /** The archive's dossier-code form; a folder named otherwise is not a dossier folder. */
    private static final Pattern DOSSIER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    static final String DESCRIPTION = "dossier.json";

    /** Failed attempts (the archive threw) after which an entry is quarantined rather than tried again. */
    static final int MAX_ATTEMPTS = 5;

    private final ScannerProfile profile;
    private final Path folder;
    private final Handover handover;
    private final Settling settling;
    private final Shelves shelves;
    private final FileParts parts;
    private final Map<Path, Integer> failures = new HashMap<>();

    public Inbox(Path root, ScannerProfile profile, Handover handover, InstantSource clock) {
        this.profile = profile;
        this.folder = root.resolve(profile.hotFolder().inbox()).toAbsolutePath().normalize();
        this.handover = handover;
        this.settling = new Settling(clock);
        this.shelves = new Shelves(folder, profile.name(), clock);
        this.parts = new FileParts(profile);
    }

    public Path folder() {
        return folder;
    }

    /** One pass over the inbox. @throws IOException if the inbox itself cannot be created or listed */
    public void poll() throws IOException {
        Files.createDirectories(folder);
        List<Path> entries = listed(folder).stream()
                .filter(entry -> !entry.getFileName().toString().equals(Shelves.DONE))
                .filter(entry -> !entry.getFileName().toString().equals(Shelves.QUARANTINE))
                .toList();
        settling.retainOnly(new HashSet<>(entries));
        failures.keySet().retainAll(new HashSet<>(entries));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                settling.settled(entry, profile.hotFolder().settle())
                        .ifPresent(settled -> guarded(entry, () -> dossierFolder(entry, settled)));
            }
        }
        for (Path entry : entries) {
            if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                settling.settled(entry, profile.hotFolder().settle())
                        .ifPresent(settled -> guarded(entry, () -> file(entry, entry, settled, Optional.empty())));
            }
        }
    }

    /** @param settled what the folder looked like while it settled: files added since wait for the next pass */
    private void dossierFolder(Path dossier, Settling.Fingerprint settled) throws IOException {
        String code = dossier.getFileName().toString();
        if (!DOSSIER_CODE.matcher(code).matches()) {
            quarantine(
                    dossier,
                    "'" + code + "' is not a dossier code (3 to 40 upper-case letters, digits and"
                            + " hyphens, starting with a letter or digit), so the folder was not taken");
            return;
        }
        Path description = dossier.resolve(DESCRIPTION);
        boolean described = Files.isRegularFile(description, LinkOption.NOFOLLOW_LINKS);
        if (described && !describe(dossier, code, description)) {
            return;
        }
        for (Path entry : listed(dossier)) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                quarantine(
                        entry,
                        "a folder inside a dossier folder is not taken; put its files directly in " + code + "/");
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                    && !entry.equals(description)
                    && !file(entry, dossier, settled, Optional.of(code))) {
                return;
            }
        }
        if (described) {
            shelves.done(description);
        }
        try (Stream<Path> left = Files.list(dossier)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dossier);
            }
        }
    }

    /** Hands over {@code dossier.json}. @return false if it was refused, and the folder quarantined */
    private boolean describe(Path dossier, String code, Path description) throws IOException {
        byte[] json = Files.readAllBytes(description);
        if (handover.take(new Delivery.Description(code, profile.name(), json)) instanceof Handed.Refused no) {
            quarantine(dossier, DESCRIPTION + " was refused: " + no.reason());
            return false;
        }
        return true;
    }

    /**
     * Takes one file, if it is still as it was while its entry settled, before and after it is read.
     *
     * @param entry the inbox entry it belongs to: itself, or its dossier folder
     * @param settled the entry's settled fingerprint
     * @return false if the file changed or is new since, so the rest of its folder waits for the next settle too
     */
    private boolean file(Path file, Path entry, Settling.Fingerprint settled, Optional<String> folderCode)
            throws IOException {
        if (!settled.includes(entry, file)) {
            log.info(
                    "{} is new or changed since {} settled; it will be taken once that has settled again", file, entry);
            settling.restart(entry);
            return false;
        }
        long limit = profile.limits().maxBytes();
        if (Files.size(file) > limit) {
            quarantine(
                    file,
                    "the file is " + Files.size(file) + " bytes, more than profile " + profile.name() + " accepts ("
                            + limit + " bytes)");
            return true;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!settled.includes(entry, file)) {
            log.info("{} changed while it was read; it will be taken once it has settled", file);
            settling.restart(entry);
            return false;
        }
        switch (parts.plan(file.getFileName().toString(), bytes, folderCode)) {
            case FileParts.Refusal refusal -> quarantine(file, refusal.reason());
            case FileParts.Parts planned -> deliver(file, planned.parts());
        }
        return true;
    }

    private void deliver(Path file, List<FileParts.Part> planned) throws IOException {
        List<String> refused = new ArrayList<>();
        int added = 0;
        for (FileParts.Part part : planned) {
            Delivery.Pages pages = new Delivery.Pages(
                    part.dossierCode(),
                    profile.name(),
                    part.label(),
                    part.bytes().get());
            switch (handover.take(pages)) {
                case Handed.Taken taken -> added += taken.pagesAdded();
                case Handed.Refused no -> refused.add(part.label() + " → " + part.dossierCode() + ": " + no.reason());
            }
        }
        if (refused.isEmpty()) {
            Path done = shelves.done(file);
            log.info("{}: {} new pages in {} part(s); moved to {}", file, added, planned.size(), done);
            return;
        }
        String reason = String.join(System.lineSeparator(), refused);
        if (refused.size() < planned.size()) {
            reason += System.lineSeparator() + "The other parts of this file are in the archive; when the file is"
                    + " put back into the inbox they are recognised and not added twice.";
        }
        quarantine(file, reason);
    }

    private void quarantine(Path entry, String reason) throws IOException {
        Path target = shelves.quarantine(entry, reason);
        log.warn("{} quarantined to {}: {}", entry, target, reason);
    }

    private interface Step {
        void run() throws IOException;
    }

    /**
     * Runs one entry's step. A failure (the archive threw, a move failed) leaves the entry in the inbox to be tried
     * again once it has settled again; after {@link #MAX_ATTEMPTS} failures it is quarantined with the last one.
     */
    private void guarded(Path entry, Step step) {
        try {
            step.run();
            failures.remove(entry);
        } catch (IOException | RuntimeException e) {
            int attempts = failures.merge(entry, 1, Integer::sum);
            settling.restart(entry);
            log.warn("{}: attempt {} of {} failed", entry, attempts, MAX_ATTEMPTS, e);
            if (attempts >= MAX_ATTEMPTS && Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    quarantine(entry, "not taken after " + attempts + " attempts; the last failure was: " + e);
                    failures.remove(entry);
                } catch (IOException again) {
                    log.error("{} could not be quarantined either", entry, again);
                }
            }
        }
    }

    /** The entries of {@code folder} that are not copies in progress, in name order. */
    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(entry -> !inProgress(entry.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static boolean inProgress(String name) {
        return name.startsWith(".") || name.startsWith("~") || name.endsWith(".part") || name.endsWith(".tmp");
    }
}
