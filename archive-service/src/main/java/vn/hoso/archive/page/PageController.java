package vn.hoso.archive.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.hoso.archive.ArchiveProperties;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.DossierView.PageView;

@RestController
class PageController {

    private static final MediaType TEXT_UTF8 = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final PageIntake intake;
    private final PageReader pages;
    private final Path spool;

    PageController(PageIntake intake, PageReader pages, ArchiveProperties archive) {
        this.intake = intake;
        this.pages = pages;
        this.spool = archive.dataDir().resolve("tmp").resolve("uploads");
    }

    record Uploaded(List<PageView> pages) {}

    @PostMapping(path = "/api/dossiers/{code}/pages", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(
            @PathVariable String code, @RequestPart("file") List<MultipartFile> files, Caller caller) {
        // Each part goes to a file under the data folder first: a 500-page TIFF is streamed to storage and
        // decoded page by page from there, never held in the heap.
        List<Path> spooled = new ArrayList<>();
        try {
            List<PageIntake.Received> received = new ArrayList<>();
            for (MultipartFile file : files) {
                Path part = spooled(file);
                spooled.add(part);
                received.add(PageIntake.Received.onDisk(file.getOriginalFilename(), file.getContentType(), part));
            }
            List<PageView> added = intake.receive(code, received, caller).stream()
                    .map(PageView::of)
                    .toList();
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Uploaded(added));
        } finally {
            spooled.forEach(PageController::deleteQuietly);
        }
    }

    @GetMapping("/api/dossiers/{code}/pages/{seq}/text")
    ResponseEntity<String> text(@PathVariable String code, @PathVariable int seq, Caller caller) {
        return ResponseEntity.ok()
                .contentType(TEXT_UTF8)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(pages.text(code, seq, caller));
    }

    @GetMapping("/api/dossiers/{code}/pages/{seq}/view")
    ResponseEntity<byte[]> view(@PathVariable String code, @PathVariable int seq, Caller caller) {
        return image(pages.view(code, seq, caller));
    }

    @GetMapping("/api/dossiers/{code}/pages/{seq}/thumb")
    ResponseEntity<byte[]> thumb(@PathVariable String code, @PathVariable int seq, Caller caller) {
        return image(pages.thumb(code, seq, caller));
    }

    @GetMapping("/api/dossiers/{code}/pages/{seq}/original")
    ResponseEntity<byte[]> original(@PathVariable String code, @PathVariable int seq, Caller caller) {
        PageReader.Original original = pages.original(code, seq, caller);
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(original.sha256()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(original.mediaType()))
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("X-Content-SHA256", original.sha256())
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(original.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(original.bytes());
    }

    private static ResponseEntity<byte[]> image(byte[] jpeg) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(jpeg);
    }

    private Path spooled(MultipartFile file) {
        try {
            Path part = Files.createTempFile(Files.createDirectories(spool), "upload-", ".part");
            file.transferTo(part);
            return part;
        } catch (IOException e) {
            throw new UncheckedIOException("could not receive uploaded part " + file.getOriginalFilename(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A left-over part is only disk space: the upload itself is stored and answered.
        }
    }
}
