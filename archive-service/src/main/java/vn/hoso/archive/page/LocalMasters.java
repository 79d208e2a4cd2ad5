package vn.hoso.archive.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hoso.archive.storage.PageStore;

/**
 * Local copies of masters for recognition, so the pipeline decodes one page from a file instead of holding a whole
 * scan in the heap: a 500-page TIFF is fetched from storage once, its pages are read from the copy by every worker,
 * and the copy is deleted once no page of it is in work and newer masters need the room.
 *
 * <p>At most {@code keep} copies are kept while unused; copies in use are never deleted. Thread-safe.
 */
final class LocalMasters implements AutoCloseable {

    private final PageStore store;
    private final Path dir;
    private final int keep;
    /** By master key, least recently leased first. */
    private final Map<String, Copy> copies = new LinkedHashMap<>(16, 0.75f, true);

    LocalMasters(PageStore store, Path dir, int keep) {
        this.store = store;
        this.dir = dir;
        this.keep = keep;
    }

    /** A master's local file, valid until the lease is closed. */
    interface Lease extends AutoCloseable {
        Path file();

        @Override
        void close();
    }

    /** @throws UncheckedIOException when the copy cannot be written; the storage's own exceptions pass through */
    Lease lease(String masterKey) {
        Copy copy;
        synchronized (this) {
            copy = copies.computeIfAbsent(masterKey, Copy::new);
            copy.users++;
        }
        try {
            Path file = copy.fetched();
            return new Lease() {
                @Override
                public Path file() {
                    return file;
                }

                @Override
                public void close() {
                    release(copy);
                }
            };
        } catch (RuntimeException e) {
            release(copy);
            throw e;
        }
    }

    private synchronized void release(Copy copy) {
        copy.users--;
        if (copy.file == null && copy.users == 0) {
            copies.remove(copy.key);
        }
        Iterator<Copy> eldestFirst = copies.values().iterator();
        while (copies.size() > keep && eldestFirst.hasNext()) {
            Copy candidate = eldestFirst.next();
            if (candidate.users == 0) {
                eldestFirst.remove();
                candidate.delete();
            }
        }
    }

    /** Number of local copies kept right now, in use or not. */
    synchronized int size() {
        return copies.size();
    }

    @Override
    public synchronized void close() {
        copies.values().forEach(Copy::delete);
        copies.clear();
    }

    private final class Copy {
        private final String key;
        private int users;
        private Path file;

        Copy(String key) {
            this.key = key;
        }

        /** Fetches on first use; other workers wanting the same master wait for that one fetch. */
        synchronized Path fetched() {
            if (file == null) {
                try (InputStream in = store.open(key)) {
                    Path target = Files.createTempFile(Files.createDirectories(dir), "master-", ".part");
                    try {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (IOException | RuntimeException e) {
                        Files.deleteIfExists(target);
                        throw e;
                    }
                    file = target;
                } catch (IOException e) {
                    throw new UncheckedIOException("could not copy master " + key + " for recognition", e);
                }
            }
            return file;
        }

        synchronized void delete() {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Only disk space; the folder is emptied at the next start.
                }
                file = null;
            }
        }
    }
}
