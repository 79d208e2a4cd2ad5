package vn.hoso.archive.hotfolder;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.TestUsers;

/**
 * Acceptance: the service is killed with SIGKILL while it takes a hot-folder batch of 50 pages, restarted on the
 * same data, and every page ends up in the archive exactly once and recognised.
 *
 * <p>The batch, in the {@code production-scanner} inbox (settle 5 s, splits by barcode): dossier folder
 * {@code HF-CRASH-A/} with its {@code dossier.json} and six 5-page TIFFs, {@code HF-CRASH-B/} with two, and a loose
 * stack {@code hop-1.tif} of 12 sheets: a separator for A, 5 pages, a separator for B, 5 pages. So A gets 35 pages
 * from 7 files and B 15 from 3. The service runs as a child JVM with 2 OCR workers and real Tesseract, and is
 * killed as soon as the first pages are in a manifest, while the rest of the batch is still being taken and
 * recognised. Results are read from the storage folder, as an auditor could, and once over HTTP.
 */
class HotFolderCrashTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Integer> EXPECTED_PAGES = Map.of("HF-CRASH-A", 35, "HF-CRASH-B", 15);
    private static final Map<String, Integer> EXPECTED_FILES = Map.of("HF-CRASH-A", 7, "HF-CRASH-B", 3);

    @TempDir
    Path folder;

    private Path data() {
        return folder.resolve("data");
    }

    private Path inbox() {
        return data().resolve("hot-folder/production-scanner");
    }

    @Test
    void serviceKilledMidBatchLosesNoPageAndAddsNoneTwice() throws Exception {
        dropBatch();
        Instant start = Instant.now();

        Progress atKill;
        try (ServiceProcess first = service("run-1.log")) {
            // Patience, not a target: a quiet 2-core machine needs ~15 s here and ~60 s below; a loaded one 3× that.
            atKill = awaitProgress(first, Duration.ofSeconds(180), progress -> progress.pages() > 0);
            first.kill();
        }
        System.out.printf(
                "killed after %d ms with %s%n",
                Duration.between(start, Instant.now()).toMillis(), atKill);
        assertThat(atKill.pages()).as("killed mid-way").isLessThan(50);

        try (ServiceProcess second = service("run-2.log")) {
            Progress end = awaitProgress(
                    second,
                    Duration.ofSeconds(300),
                    progress -> progress.recognized() == 50
                            && progress.leftInInbox().isEmpty());
            System.out.printf(
                    "finished after %d ms with %s; offered again and skipped by SHA-256: %d%n",
                    Duration.between(start, Instant.now()).toMillis(),
                    end,
                    second.output()
                            .lines()
                            .filter(line -> line.contains("not added again"))
                            .count());
            for (String code : EXPECTED_PAGES.keySet()) {
                assertEveryPageOnce(code);
            }
            assertThat(end.leftInInbox()).isEmpty();
            assertThat(inbox().resolve("quarantine")).doesNotExist();
            assertThat(pagesOverHttp(second, "HF-CRASH-A")).isEqualTo(35);
        }
    }

    private void assertEveryPageOnce(String code) throws IOException {
        List<JsonNode> pages = new ArrayList<>();
        manifest(code).get("pages").forEach(pages::add);
        assertThat(pages).as(code + " pages").hasSize(EXPECTED_PAGES.get(code));
        assertThat(pages.stream().map(page -> page.get("sha256").asString()).distinct())
                .as(code + " distinct files")
                .hasSize(EXPECTED_FILES.get(code));
        assertThat(pages.stream()
                        .map(page -> page.get("sha256").asString() + "#"
                                + page.get("frame").asInt())
                        .distinct())
                .as(code + " distinct pages")
                .hasSize(EXPECTED_PAGES.get(code));
        assertThat(pages.stream().map(page -> page.get("status").asString()))
                .as(code + " statuses")
                .containsOnly("RECOGNIZED");
        for (JsonNode page : pages) {
            assertThat(data().resolve("storage").resolve(page.get("masterKey").asString()))
                    .isRegularFile();
        }
    }

    // --- the batch ---

    private void dropBatch() {
        Scans.drop(
                inbox(),
                "HF-CRASH-A/dossier.json",
                Scans.dossierJson("HF-CRASH-A", "MARTYR", "UNCLASSIFIED", "Đặng Văn Ngọc"));
        Scans.drop(
                inbox(),
                "HF-CRASH-B/dossier.json",
                Scans.dossierJson("HF-CRASH-B", "WAR_INVALID", "UNCLASSIFIED", "Hoàng Thị Lan"));
        for (int file = 1; file <= 6; file++) {
            Scans.drop(inbox(), "HF-CRASH-A/a-0" + file + ".tif", Scans.tiff(pages("a-0" + file, 5)));
        }
        for (int file = 1; file <= 2; file++) {
            Scans.drop(inbox(), "HF-CRASH-B/b-0" + file + ".tif", Scans.tiff(pages("b-0" + file, 5)));
        }
        List<BufferedImage> stack = new ArrayList<>();
        stack.add(Scans.separator("HF-CRASH-A"));
        stack.addAll(pages("hop-1 A", 5));
        stack.add(Scans.separator("HF-CRASH-B"));
        stack.addAll(pages("hop-1 B", 5));
        Scans.drop(inbox(), "hop-1.tif", Scans.tiff(stack));
    }

    private static List<BufferedImage> pages(String file, int count) {
        List<BufferedImage> pages = new ArrayList<>();
        for (int page = 1; page <= count; page++) {
            pages.add(Scans.page("Tệp " + file + ", trang " + page, "Đã hy sinh ngày " + page + " tháng 7 năm 1972"));
        }
        return pages;
    }

    // --- the service and what it has done ---

    private ServiceProcess service(String log) throws IOException {
        return ServiceProcess.start(
                folder.resolve(log),
                List.of(
                        "--server.port=0",
                        "--hoso.data-dir=" + data(),
                        "--hoso.security.users-file=" + TestUsers.file(folder),
                        "--hoso.ingest.workers=2",
                        "--hoso.hot-folder.enabled=true",
                        "--hoso.hot-folder.poll-interval=200ms"));
    }

    /** Pages in the manifests, how many are recognised, files in done/, and what else is still in the inbox. */
    record Progress(int pages, int recognized, long filesDone, List<String> leftInInbox) {}

    private Progress progress() throws IOException {
        int pages = 0;
        int recognized = 0;
        for (String code : EXPECTED_PAGES.keySet()) {
            JsonNode manifest = manifest(code);
            if (manifest != null) {
                for (JsonNode page : manifest.get("pages")) {
                    pages++;
                    recognized += page.get("status").asString().equals("RECOGNIZED") ? 1 : 0;
                }
            }
        }
        List<String> left;
        try (Stream<Path> entries = Files.list(inbox())) {
            left = entries.map(entry -> entry.getFileName().toString())
                    .filter(name -> !name.equals("done"))
                    .sorted()
                    .toList();
        }
        Path done = inbox().resolve("done");
        if (!Files.isDirectory(done)) {
            return new Progress(pages, recognized, 0, left);
        }
        try (Stream<Path> files = Files.walk(done)) {
            return new Progress(
                    pages, recognized, files.filter(Files::isRegularFile).count(), left);
        }
    }

    private Progress awaitProgress(ServiceProcess service, Duration patience, Predicate<Progress> reached)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        Progress progress = progress();
        while (!reached.test(progress)) {
            if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                throw new AssertionError("service " + (service.isAlive() ? "too slow" : "died") + " at " + progress
                        + "; its log ends:\n" + service.tail());
            }
            Thread.sleep(20);
            progress = progress();
        }
        return progress;
    }

    /** The manifest as stored, or null before the dossier exists. Writes are atomic renames: never half a file. */
    private JsonNode manifest(String code) throws IOException {
        Path manifest = data().resolve("storage/dossiers").resolve(code).resolve("manifest.json");
        return Files.exists(manifest) ? JSON.readTree(Files.readAllBytes(manifest)) : null;
    }

    private static int pagesOverHttp(ServiceProcess service, String code) throws IOException, InterruptedException {
        int port = service.port().orElseThrow(() -> new AssertionError("no port in the log:\n" + service.tail()));
        String auditor = "auditor:" + TestUsers.PASSWORD;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/dossiers/" + code))
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(auditor.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JSON.readTree(response.body()).get("pages").size();
        }
    }
}
