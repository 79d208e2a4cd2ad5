package vn.hoso.ingest.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import vn.hoso.profiles.ScannerProfile;

/**
 * @param profile the pipeline's profile (the other readers ignore it)
 * @param tessdata the folder holding the pipeline's language models
 * @param threads pages read at once by every reader: pipeline workers, or processes for the others
 * @param pageTimeout the longest one external process may take for one page before it is killed and the
 *     page counted as unread
 * @param readers who reads; at least one
 */
public record BenchSettings(
        ScannerProfile profile, Path tessdata, int threads, Duration pageTimeout, Set<Reader> readers) {

    public BenchSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(tessdata, "tessdata");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive, was " + pageTimeout);
        }
        readers = Set.copyOf(readers);
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("at least one reader is needed");
        }
    }
}
