package vn.hoso.archive.page;

import java.time.Clock;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.DossierWorkflow;
import vn.hoso.archive.dossier.InvalidFieldException;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.dossier.PageStatus;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.pipeline.Intake;

/**
 * The page operations that touch storage: turning a page's derivatives and replacing its scan. A replacement's master
 * is stored under a new key ({@link DossierKeys#revisedMaster}), never over the old one, which stays with the retired
 * page; like an upload, an unreadable replacement is stored and quarantined with the reason.
 */
@Service
class PageRework {

    private final DossierWorkflow workflow;
    private final PageStore store;
    private final IngestPipelines pipelines;
    private final Recognition recognition;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    PageRework(
            DossierWorkflow workflow,
            PageStore store,
            IngestPipelines pipelines,
            Recognition recognition,
            JsonMapper json) {
        this.workflow = workflow;
        this.store = store;
        this.pipelines = pipelines;
        this.recognition = recognition;
        this.json = json;
    }

    /** Sets the page's clerk turn to {@code degrees} clockwise, turning its stored view, thumbnail and word boxes. */
    Dossier turn(String code, int seq, int degrees, Caller caller) {
        return workflow.turn(
                code,
                seq,
                degrees,
                caller,
                (page, delta) -> turnDerivatives(new DossierCode(code), page.seq(), new QuarterTurn(delta)));
    }

    /** Puts {@code file} (one page) in place of page {@code seq}; answers with the dossier, the page pending. */
    Dossier replace(String code, int seq, byte[] bytes, PageIntake.Received file, Caller caller) {
        // A replacement is a clerk's upload: checked and later read with the uploads' profile.
        Intake intake = pipelines.forProfile(null).inspect(bytes, file.name());
        if (intake instanceof Intake.Accepted accepted && accepted.pageCount() != 1) {
            throw new InvalidFieldException("file", "a replacement is one page; this file has " + accepted.pageCount());
        }
        DossierCode dossierCode = new DossierCode(code);
        Dossier after = workflow.replace(
                code, seq, caller, (old, revision) -> store(dossierCode, old, revision, file.name(), bytes, intake));
        for (String derivative : new String[] {
            DossierKeys.view(dossierCode, seq), DossierKeys.thumb(dossierCode, seq), DossierKeys.ocr(dossierCode, seq)
        }) {
            store.delete(derivative);
        }
        if (after.page(seq).map(Page::status).orElse(null) == PageStatus.PENDING) {
            recognition.submit(dossierCode, seq);
        }
        return after;
    }

    private Page store(DossierCode code, Page old, int revision, String name, byte[] bytes, Intake intake) {
        String sha256 = PageIntake.sha256(bytes);
        String label = PageIntake.label(name);
        return switch (intake) {
            case Intake.Accepted accepted -> {
                String key = DossierKeys.revisedMaster(code, old.seq(), revision, accepted.extension());
                store.put(key, bytes, accepted.mediaType());
                yield new Page(
                        old.seq(),
                        PageStatus.PENDING,
                        null,
                        key,
                        0,
                        sha256,
                        accepted.mediaType(),
                        label,
                        null,
                        clock.instant());
            }
            case Intake.Rejected rejected -> {
                String key = DossierKeys.revisedMaster(code, old.seq(), revision, "bin");
                store.put(key, bytes, "application/octet-stream");
                yield new Page(
                        old.seq(),
                        PageStatus.QUARANTINED,
                        rejected.reason(),
                        key,
                        0,
                        sha256,
                        "application/octet-stream",
                        label,
                        null,
                        clock.instant());
            }
        };
    }

    private void turnDerivatives(DossierCode code, int seq, QuarterTurn turn) {
        String view = DossierKeys.view(code, seq);
        String thumb = DossierKeys.thumb(code, seq);
        String ocr = DossierKeys.ocr(code, seq);
        try {
            OcrDocument words = json.readValue(store.get(ocr), OcrDocument.class);
            store.put(view, turn.jpeg(store.get(view)), "image/jpeg");
            store.put(thumb, turn.jpeg(store.get(thumb)), "image/jpeg");
            store.put(ocr, json.writeValueAsBytes(turn.words(words)), "application/json");
        } catch (ObjectMissingException e) {
            throw new IllegalStateException("page " + seq + " of " + code + " lacks a derivative to turn", e);
        }
    }
}
