package vn.hoso.archive.page;

import org.springframework.stereotype.Service;
import vn.hoso.archive.access.Caller;
import vn.hoso.archive.access.DossierAction;
import vn.hoso.archive.dossier.Dossier;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.dossier.Dossiers;
import vn.hoso.archive.dossier.Page;
import vn.hoso.archive.dossier.PageNotFoundException;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.archive.storage.StorageIntegrityException;

/**
 * Serves a page's bytes. Each read checks the caller against the dossier again (a page URL of a dossier the caller
 * may not see answers 404, like a missing one), and every original is verified against its recorded SHA-256 before a
 * byte leaves: a master that changed in storage is refused, never served as evidence. Views and thumbnails of
 * classified dossiers leave marked ({@link MarkedCopies}); originals leave exactly as stored.
 */
@Service
class PageReader {

    record Original(byte[] bytes, String sha256, String mediaType, String fileName) {}

    private final Dossiers dossiers;
    private final PageStore store;
    private final PageTexts texts;
    private final MarkedCopies marks;

    PageReader(Dossiers dossiers, PageStore store, PageTexts texts, MarkedCopies marks) {
        this.dossiers = dossiers;
        this.store = store;
        this.texts = texts;
        this.marks = marks;
    }

    /** Checks that the caller may see the page, as every read does; answers nothing else. */
    void check(String code, int seq, Caller caller) {
        page(dossiers.get(code, caller), seq);
    }

    String text(String code, int seq, Caller caller) {
        Dossier dossier = dossiers.get(code, caller);
        page(dossier, seq);
        return texts.text(dossier.code(), seq)
                .orElseThrow(() -> new PageNotFoundException("page " + seq + " of " + code + " has no text yet"));
    }

    /** The view, marked with the caller, time and level when the dossier is classified. */
    byte[] view(String code, int seq, Caller caller) {
        Dossier dossier = dossiers.get(code, caller);
        page(dossier, seq);
        return marks.view(
                derivative(DossierKeys.view(dossier.code(), seq), code, seq), dossier.confidentiality(), caller);
    }

    /** The thumbnail, marked with the level when the dossier is classified. */
    byte[] thumb(String code, int seq, Caller caller) {
        Dossier dossier = dossiers.get(code, caller);
        page(dossier, seq);
        return marks.thumb(derivative(DossierKeys.thumb(dossier.code(), seq), code, seq), dossier.confidentiality());
    }

    Original original(String code, int seq, Caller caller) {
        Page page = page(dossiers.get(code, caller, DossierAction.READ_ORIGINAL), seq);
        byte[] bytes;
        try {
            bytes = store.get(page.masterKey());
        } catch (ObjectMissingException e) {
            throw new MasterIntegrityException(
                    "the master of page " + seq + " of " + code + " is missing from storage");
        } catch (StorageIntegrityException e) {
            throw new MasterIntegrityException("the master of page " + seq + " of " + code + " failed its integrity"
                    + " check in storage: " + e.getMessage());
        }
        String actual = PageIntake.sha256(bytes);
        if (!actual.equals(page.sha256())) {
            throw new MasterIntegrityException("the master of page " + seq + " of " + code + " does not match its"
                    + " recorded SHA-256 " + page.sha256() + " (found " + actual + ")");
        }
        return new Original(bytes, page.sha256(), page.mediaType(), page.originalName());
    }

    private static Page page(Dossier dossier, int seq) {
        return dossier.page(seq)
                .orElseThrow(() -> new PageNotFoundException("dossier " + dossier.code() + " has no page " + seq));
    }

    private byte[] derivative(String key, String code, int seq) {
        try {
            return store.get(key);
        } catch (ObjectMissingException e) {
            throw new PageNotFoundException("page " + seq + " of " + code + " has no image yet");
        }
    }
}
