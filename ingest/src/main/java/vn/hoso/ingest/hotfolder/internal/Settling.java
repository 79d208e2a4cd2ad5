package vn.hoso.ingest.hotfolder.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Tells when an entry of the inbox has stopped changing. An entry is settled once its {@link Fingerprint} (size
 * and modification time of every file in it) has been seen unchanged for the settle time by this process. The
 * file's own time stamp is not trusted on its own: copy tools that keep the original time ({@code cp -p}) set it
 * to the past before the copy is complete. So after a restart every entry waits one settle time again.
 *
 * <p>Used from the hot folder's single thread only.
 */
public final class Settling {

    /** Sizes and modification times (milliseconds) of every file at or under a path, in path order. */
    public record Fingerprint(List<String> entries) {

        public Fingerprint {
            entries = List.copyOf(entries);
        }

        /**
         * @throws IOException if the entry vanished or cannot be read; it then is simply not settled
         */
        public static Fingerprint of(Path entry) throws IOException {
            try (Stream<Path> paths = Files.walk(entry)) {
                List<String> entries =
                        paths.sorted().map(path -> describe(entry, path)).toList();
                return new Fingerprint(entries);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /**
         * Whether {@code path}, at or under {@code root} (the entry this fingerprint was taken of), still has the
         * size and time it had then. A file added or rewritten since is not included.
         */
        public boolean includes(Path root, Path path) {
            try {
                return entries.contains(describe(root, path));
            } catch (java.io.UncheckedIOException e) {
                return false;
            }
        }

        private static String describe(Path root, Path path) {
            try {
                BasicFileAttributes attributes =
                        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return root.relativize(path) + (attributes.isDirectory() ? "/" : "") + " " + attributes.size() + " "
                        + attributes.lastModifiedTime().toMillis();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private record Observation(Fingerprint fingerprint, Instant since) {}

    private final InstantSource clock;
    private final Map<Path, Observation> seen = new HashMap<>();

    public Settling(InstantSource clock) {
        this.clock = clock;
    }

    /**
     * Records what {@code entry} looks like now.
     *
     * @return the fingerprint it has had unchanged for at least {@code settle}, if it has; only what it includes
     *     may be taken
     */
    public Optional<Fingerprint> settled(Path entry, Duration settle) {
        Fingerprint now;
        try {
            now = Fingerprint.of(entry);
        } catch (IOException e) {
            seen.remove(entry);
            return Optional.empty();
        }
        Instant time = clock.instant();
        Observation before = seen.get(entry);
        if (before == null || !before.fingerprint().equals(now)) {
            seen.put(entry, new Observation(now, time));
            return settle.isZero() ? Optional.of(now) : Optional.empty();
        }
        return time.isBefore(before.since().plus(settle)) ? Optional.empty() : Optional.of(now);
    }

    /** Starts the wait for {@code entry} over, as if it had just changed. */
    public void restart(Path entry) {
        seen.remove(entry);
    }

    /** Forgets entries that are gone, so the memory does not grow with the files ever seen. */
    public void retainOnly(Set<Path> present) {
        seen.keySet().retainAll(present);
    }
}
