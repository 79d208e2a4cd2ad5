package vn.hoso.archive.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded {@link PageStore}: one file per object under a root folder, the key being the file's path below the
 * root, so an auditor can read the archive with a file manager.
 *
 * <p>A put writes a temporary file in the target's own folder, forces it to disk, renames it over the target with
 * {@code ATOMIC_MOVE} and forces the folder, so a crash leaves the old object or the new one, never a torn file.
 * Temporary names contain {@code ~}, which no key may, so they never appear in {@link #list} and never collide with
 * an object; a crash can leave one behind, harmless. Files are created owner-only ({@code rw-------}), which suits
 * classified dossiers: only the service account reads them.
 *
 * <p>Unlike S3, a folder cannot also be an object: putting {@code a} when {@code a/b} exists (or the reverse) fails
 * with {@link StorageException}. The archive's key layout never does this.
 */
final class FileSystemPageStore implements PageStore {

    private static final String TEMPORARY_PREFIX = "~put-";

    private final Path root;

    /** Opens (creating if needed) the store rooted at {@code root}. */
    FileSystemPageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new StorageException("cannot create storage root " + this.root, e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        write(key, temporary -> writeDurably(temporary, bytes));
    }

    @Override
    public void put(String key, Path source, String contentType) {
        write(key, temporary -> {
            Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        });
    }

    private interface Content {
        void writeTo(Path temporary) throws IOException;
    }

    private void write(String key, Content content) {
        Path target = pathOf(key);
        Path folder = target.getParent();
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, TEMPORARY_PREFIX, ".tmp");
            try {
                content.writeTo(temporary);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                discard(temporary, e);
                throw e;
            }
            forceFolder(folder);
        } catch (IOException e) {
            throw new StorageException("cannot write object " + key, e);
        }
    }

    @Override
    public byte[] get(String key) {
        Path path = pathOf(key);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw readFailure(key, path, e);
        }
    }

    @Override
    public InputStream open(String key) {
        Path path = pathOf(key);
        try {
            if (Files.isDirectory(path)) {
                throw new ObjectMissingException(key);
            }
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw readFailure(key, path, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) {
        Path path = pathOf(key);
        if (Files.isDirectory(path)) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new StorageException("cannot delete object " + key, e);
        }
    }

    /** Collected and sorted before returning: a folder walk does not visit keys in string order. */
    @Override
    public Stream<String> list(String prefix) {
        StorageKeys.requireValidPrefix(prefix);
        int lastSlash = prefix.lastIndexOf('/');
        Path start = lastSlash < 0 ? root : root.resolve(prefix.substring(0, lastSlash));
        if (!Files.isDirectory(start)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(start)) {
            List<String> keys = files.filter(Files::isRegularFile)
                    .map(this::keyOf)
                    .filter(key -> key.startsWith(prefix) && StorageKeys.isValidKey(key))
                    .sorted()
                    .toList();
            return keys.stream();
        } catch (IOException | UncheckedIOException e) {
            throw new StorageException("cannot list objects under prefix '" + prefix + "'", e);
        }
    }

    @Override
    public String toString() {
        return "FileSystemPageStore[" + root + "]";
    }

    private Path pathOf(String key) {
        Path path = root.resolve(StorageKeys.requireValidKey(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("storage key leaves the store root: " + key);
        }
        return path;
    }

    private String keyOf(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; without it a power cut can forget a put that already returned. */
    private static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static StorageException readFailure(String key, Path path, IOException e) {
        if (e instanceof NoSuchFileException || Files.isDirectory(path)) {
            return new ObjectMissingException(key);
        }
        return new StorageException("cannot read object " + key, e);
    }

    private static void discard(Path temporary, IOException failure) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException cleanupFailure) {
            failure.addSuppressed(cleanupFailure);
        }
    }
}
