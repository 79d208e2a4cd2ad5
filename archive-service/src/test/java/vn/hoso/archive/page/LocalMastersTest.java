package vn.hoso.archive.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;

class LocalMastersTest {

    @TempDir
    Path dir;

    private final CountingStore store = new CountingStore();

    @Test
    void workersReadingPagesOfTheSameMasterShareOneFetch() throws Exception {
        store.put("a/master.tif", "scan a".getBytes(StandardCharsets.UTF_8), "image/tiff");
        LocalMasters masters = new LocalMasters(store, dir, 2);
        CountDownLatch allLeased = new CountDownLatch(4);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> contents = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                contents.add(workers.submit(() -> {
                    try (LocalMasters.Lease lease = masters.lease("a/master.tif")) {
                        allLeased.countDown();
                        allLeased.await();
                        return Files.readString(lease.file());
                    }
                }));
            }
            for (Future<String> content : contents) {
                assertThat(content.get()).isEqualTo("scan a");
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(store.opened.get()).isEqualTo(1);
    }

    @Test
    void unusedCopiesBeyondTheLimitAreDeletedOldestFirst() throws IOException {
        LocalMasters masters = new LocalMasters(store, dir, 2);
        List<Path> files = new ArrayList<>();
        for (String key : List.of("a", "b", "c")) {
            store.put(key, key.getBytes(StandardCharsets.UTF_8), "image/png");
            try (LocalMasters.Lease lease = masters.lease(key)) {
                files.add(lease.file());
            }
        }

        assertThat(masters.size()).isEqualTo(2);
        assertThat(files.get(0)).doesNotExist();
        assertThat(files.get(1)).exists();
        assertThat(files.get(2)).exists();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).hasSize(2);
        }
    }

    @Test
    void copyInUseIsNeverDeletedToMakeRoom() {
        LocalMasters masters = new LocalMasters(store, dir, 1);
        store.put("a", new byte[] {1}, "image/png");
        store.put("b", new byte[] {2}, "image/png");
        store.put("c", new byte[] {3}, "image/png");

        try (LocalMasters.Lease a = masters.lease("a");
                LocalMasters.Lease b = masters.lease("b")) {
            try (LocalMasters.Lease c = masters.lease("c")) {
                assertThat(a.file()).exists();
                assertThat(b.file()).exists();
                assertThat(c.file()).exists();
            }
            assertThat(a.file()).as("still leased").exists();
        }
        assertThat(masters.size()).isEqualTo(1);
    }

    @Test
    void missingMasterFailsTheLeaseAndLeavesNothingBehind() throws IOException {
        LocalMasters masters = new LocalMasters(store, dir, 2);

        assertThatThrownBy(() -> masters.lease("gone")).isInstanceOf(ObjectMissingException.class);

        assertThat(masters.size()).isZero();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void closingDeletesEveryCopy() throws IOException {
        LocalMasters masters = new LocalMasters(store, dir, 4);
        store.put("a", new byte[] {1}, "image/png");
        Path file;
        try (LocalMasters.Lease lease = masters.lease("a")) {
            file = lease.file();
        }

        masters.close();

        assertThat(file).doesNotExist();
    }

    /** Objects in memory, counting how often one is opened. */
    private static final class CountingStore implements PageStore {
        private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
        private final AtomicInteger opened = new AtomicInteger();

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            objects.put(key, bytes.clone());
        }

        @Override
        public void put(String key, Path source, String contentType) {
            try {
                objects.put(key, Files.readAllBytes(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] get(String key) {
            byte[] bytes = objects.get(key);
            if (bytes == null) {
                throw new ObjectMissingException(key);
            }
            return bytes.clone();
        }

        @Override
        public InputStream open(String key) {
            byte[] bytes = get(key);
            opened.incrementAndGet();
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean exists(String key) {
            return objects.containsKey(key);
        }

        @Override
        public void delete(String key) {
            objects.remove(key);
        }

        @Override
        public Stream<String> list(String prefix) {
            return objects.keySet().stream()
                    .filter(key -> key.startsWith(prefix))
                    .sorted();
        }
    }
}
