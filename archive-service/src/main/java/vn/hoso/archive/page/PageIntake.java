package vn.hoso.archive.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.DossierAction;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.dossier.PageStatus;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.pipeline.IngestPipeline;
import vn.hoso.ingest.pipeline.Intake;

/**
 * Takes files into a dossier. Every file's bytes are stored as its master before anything else happens, whatever
 * they are: a file the pipeline cannot read becomes one quarantined page with the reason, so nothing a clerk sent is
 * lost, and the other files of the same request go on. Recognition happens later, in {@link Recognition}.
 */
@Service
public class PageIntake {

    /**
     * A file as received. {@code name} is the client's file name, kept only as a label. Its content is either in
     * memory (small files made by the service itself) or in a file on disk (uploads, which can be hundreds of
     * megabytes: they are streamed to storage and inspected from the file, never loaded whole).
     */
    public record Received(String name, String declaredType, Content content, String profile) {

        public Received {
            Objects.requireNonNull(content, "content");
        }

        /** With the service's default scanner profile. */
        public Received(String name, String declaredType, byte[] bytes) {
            this(name, declaredType, new Content.InMemory(bytes), null);
        }

        /** With the service's default scanner profile. */
        public static Received onDisk(String name, String declaredType, Path file) {
            return new Received(name, declaredType, new Content.OnDisk(file), null);
        }

        /** The same file, captured under the named scanner profile (a hot-folder inbox's). */
        public Received capturedWith(String profileName) {
            return new Received(name, declaredType, content, profileName);
        }
    }

    /** Where a received file's bytes are. */
    public sealed interface Content {

        record InMemory(byte[] bytes) implements Content {
            public InMemory {
                Objects.requireNonNull(bytes, "bytes");
            }
        }

        /** A file the caller owns and deletes after {@link PageIntake} has returned. */
        record OnDisk(Path file) implements Content {
            public OnDisk {
                Objects.requireNonNull(file, "file");
            }
        }
    }

    private final Dossiers dossiers;
    private final PageStore store;
    private final IngestPipelines pipelines;
    private final Recognition recognition;
    private final Clock clock = Clock.systemUTC();

    PageIntake(Dossiers dossiers, PageStore store, IngestPipelines pipelines, Recognition recognition) {
        this.dossiers = dossiers;
        this.store = store;
        this.pipelines = pipelines;
        this.recognition = recognition;
    }

    /** Adds the files' pages to the dossier, in order; answers with the new pages, mostly still pending. */
    public List<Page> receive(String code, List<Received> files, Caller caller) {
        DossierCode dossierCode = dossiers.get(code, caller, DossierAction.EDIT).code();
        List<Page> added = new ArrayList<>();
        for (Received file : files) {
            added.addAll(receiveOne(dossierCode, file));
        }
        added.stream()
                .filter(page -> page.status() == PageStatus.PENDING)
                .forEach(page -> recognition.submit(dossierCode, page.seq()));
        return added;
    }

    /**
     * Adds one file unless its content is in the dossier already: when its SHA-256 is that of a page's master,
     * nothing is stored and the answer is empty. This is what makes the hot folder safe to kill: a file stored but
     * not yet moved out of the inbox is offered again at restart and is recognised here. Checking and appending are
     * two steps, so the same content offered concurrently could still be added twice; the hot folder offers files
     * one at a time.
     */
    public List<Page> receiveIfNew(String code, Received file, Caller caller) {
        String sha256 = sha256(file.content());
        boolean present = dossiers.get(code, caller).pages().stream().anyMatch(page -> sha256.equals(page.sha256()));
        return present ? List.of() : receive(code, List.of(file), caller);
    }

    private List<Page> receiveOne(DossierCode code, Received file) {
        // The profile's limits decide what is accepted; an unknown profile name fails here, before anything is stored.
        String profile = file.profile() == null ? pipelines.defaultProfile() : file.profile();
        IngestPipeline pipeline = pipelines.forProfile(profile);
        Intake intake =
                switch (file.content()) {
                    case Content.InMemory memory -> pipeline.inspect(memory.bytes(), file.name());
                    case Content.OnDisk disk -> pipeline.inspect(disk.file(), file.name());
                };
        String sha256 = sha256(file.content());
        String label = label(file.name());
        List<Page> pages = new ArrayList<>();
        Dossier after = dossiers.appendPages(code, firstSeq -> {
            pages.clear();
            switch (intake) {
                case Intake.Accepted accepted -> {
                    String key = DossierKeys.master(code, firstSeq, accepted.extension());
                    put(key, file.content(), accepted.mediaType());
                    for (int frame = 0; frame < accepted.pageCount(); frame++) {
                        pages.add(new Page(
                                        firstSeq + frame,
                                        PageStatus.PENDING,
                                        null,
                                        key,
                                        frame,
                                        sha256,
                                        accepted.mediaType(),
                                        label,
                                        null,
                                        clock.instant())
                                .withProfile(profile));
                    }
                }
                case Intake.Rejected rejected -> {
                    String key = DossierKeys.master(code, firstSeq, "bin");
                    put(key, file.content(), "application/octet-stream");
                    pages.add(new Page(
                                    firstSeq,
                                    PageStatus.QUARANTINED,
                                    rejected.reason(),
                                    key,
                                    0,
                                    sha256,
                                    "application/octet-stream",
                                    label,
                                    null,
                                    clock.instant())
                            .withProfile(profile));
                }
            }
            return List.copyOf(pages);
        });
        return after.pages()
                .subList(after.pages().size() - pages.size(), after.pages().size());
    }

    /** The last path segment of a client file name, bounded: it is a label, never a path. */
    static String label(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.length() > 255 ? last.substring(0, 255) : last;
    }

    private void put(String key, Content content, String mediaType) {
        switch (content) {
            case Content.InMemory memory -> store.put(key, memory.bytes(), mediaType);
            case Content.OnDisk disk -> store.put(key, disk.file(), mediaType);
        }
    }

    static String sha256(Content content) {
        MessageDigest digest = sha256();
        switch (content) {
            case Content.InMemory memory -> digest.update(memory.bytes());
            case Content.OnDisk disk -> {
                try (InputStream in = Files.newInputStream(disk.file())) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read the received file " + disk.file(), e);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
