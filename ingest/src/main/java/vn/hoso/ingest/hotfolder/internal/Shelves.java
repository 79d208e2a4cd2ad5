package vn.hoso.ingest.hotfolder.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/**
 * The two places a taken entry leaves the inbox for: {@code done/} (in the archive) and {@code quarantine/} (not
 * in the archive, with a {@code <name>.reason.txt} beside it). The path below the inbox is kept, so
 * {@code QT-LS-1/p1.tif} goes to {@code done/QT-LS-1/p1.tif}. Nothing is ever overwritten: a name already there
 * gets a number, {@code p1-2.tif}, {@code p1-3.tif}. Moves are renames within the inbox's file system.
 */
public final class Shelves {

    public static final String DONE = "done";
    public static final String QUARANTINE = "quarantine";
    static final String REASON_SUFFIX = ".reason.txt";

    private final Path inbox;
    private final String profile;
    private final InstantSource clock;

    public Shelves(Path inbox, String profile, InstantSource clock) {
        this.inbox = inbox;
        this.profile = profile;
        this.clock = clock;
    }

    /** Moves a file (or folder) whose content is in the archive. @return where it went */
    public Path done(Path entry) throws IOException {
        Path target = free(inbox.resolve(DONE).resolve(inbox.relativize(entry)));
        Files.createDirectories(target.getParent());
        Files.move(entry, target);
        return target;
    }

    /**
     * Moves a file or folder that is not in the archive, after writing the reason beside where it goes, so that a
     * crash in between leaves a reason without its file rather than a file without its reason.
     *
     * @return where it went
     */
    public Path quarantine(Path entry, String reason) throws IOException {
        Path target = free(inbox.resolve(QUARANTINE).resolve(inbox.relativize(entry)));
        Files.createDirectories(target.getParent());
        String text = reason + System.lineSeparator() + System.lineSeparator()
                + "file: " + inbox.relativize(entry) + System.lineSeparator()
                + "profile: " + profile + System.lineSeparator()
                + "at: " + clock.instant() + System.lineSeparator();
        Files.writeString(reasonFile(target), text, StandardCharsets.UTF_8);
        Files.move(entry, target);
        return target;
    }

    static Path reasonFile(Path quarantined) {
        return quarantined.resolveSibling(quarantined.getFileName() + REASON_SUFFIX);
    }

    /** {@code wanted}, or the first of {@code name-2.ext}, {@code name-3.ext}, … free of a file and a reason. */
    private static Path free(Path wanted) {
        String name = wanted.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        Path candidate = wanted;
        for (int n = 2; Files.exists(candidate) || Files.exists(reasonFile(candidate)); n++) {
            candidate = wanted.resolveSibling(stem + "-" + n + extension);
        }
        return candidate;
    }
}
