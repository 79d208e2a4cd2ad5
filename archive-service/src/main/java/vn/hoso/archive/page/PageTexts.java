package vn.hoso.archive.page;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;

/** The recognised text of pages, read back from storage: what the index is built from. */
@Component
public class PageTexts {

    private final PageStore store;
    private final JsonMapper json;

    PageTexts(PageStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    /** The page's OCR text, or empty when it has none yet. Storage failures other than a missing object propagate. */
    public Optional<String> text(DossierCode code, int seq) {
        return document(code, seq).map(OcrDocument::text);
    }

    Optional<OcrDocument> document(DossierCode code, int seq) {
        try {
            return Optional.of(json.readValue(store.get(DossierKeys.ocr(code, seq)), OcrDocument.class));
        } catch (ObjectMissingException e) {
            return Optional.empty();
        }
    }
}
