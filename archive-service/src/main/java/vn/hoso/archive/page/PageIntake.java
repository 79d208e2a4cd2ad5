package vn.hoso.archive.page;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    /** A file as received. {@code name} is the client's file name, kept only as a label. */
    public record Received(String name, String declaredType, byte[] bytes) {}

    private final Dossiers dossiers;
    private final PageStore store;
    private final IngestPipeline pipeline;
    private final Recognition recognition;
    private final Clock clock = Clock.systemUTC();

    PageIntake(Dossiers dossiers, PageStore store, IngestPipeline pipeline, Recognition recognition) {
        this.dossiers = dossiers;
        this.store = store;
        this.pipeline = pipeline;
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
        String sha256 = sha256(file.bytes());
        boolean present = dossiers.get(code, caller).pages().stream().anyMatch(page -> sha256.equals(page.sha256()));
        return present ? List.of() : receive(code, List.of(file), caller);
    }

    private List<Page> receiveOne(DossierCode code, Received file) {
        Intake intake = pipeline.inspect(file.bytes(), file.name());
        String sha256 = sha256(file.bytes());
        String label = label(file.name());
        List<Page> pages = new ArrayList<>();
        Dossier after = dossiers.appendPages(code, firstSeq -> {
            pages.clear();
            switch (intake) {
                case Intake.Accepted accepted -> {
                    String key = DossierKeys.master(code, firstSeq, accepted.extension());
                    store.put(key, file.bytes(), accepted.mediaType());
                    for (int frame = 0; frame < accepted.pageCount(); frame++) {
                        pages.add(new Page(firstSeq + frame, PageStatus.PENDING, null, key, frame, sha256,
                                accepted.mediaType(), label, null, clock.instant()));
                    }
                }
                case Intake.Rejected rejected -> {
                    String key = DossierKeys.master(code, firstSeq, "bin");
                    store.put(key, file.bytes(), "application/octet-stream");
                    pages.add(new Page(firstSeq, PageStatus.QUARANTINED, rejected.reason(), key, 0, sha256,
                            "application/octet-stream", label, null, clock.instant()));
                }
            }
            return List.copyOf(pages);
        });
        return after.pages().subList(after.pages().size() - pages.size(), after.pages().size());
    }

    /** The last path segment of a client file name, bounded: it is a label, never a path. */
    private static String label(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed";
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return last.length() > 255 ? last.substring(0, 255) : last;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
