package vn.hoso.archive.page;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.dossier.DossierCode;
import vn.hoso.archive.dossier.DossierKeys;
import vn.hoso.archive.storage.ObjectMissingException;
import vn.hoso.archive.storage.PageStore;
import vn.hoso.ingest.ocr.OcrWord;

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

    /** The words of a page with their boxes, in the view image's pixels, and that image's size. */
    public record Words(int width, int height, List<OcrWord> words) {}

    /** The page's recognised words, or empty when it has none yet. */
    public Optional<Words> words(DossierCode code, int seq) {
        return document(code, seq).map(ocr -> new Words(ocr.width(), ocr.height(), ocr.words()));
    }

    Optional<OcrDocument> document(DossierCode code, int seq) {
        try {
            return Optional.of(json.readValue(store.get(DossierKeys.ocr(code, seq)), OcrDocument.class));
        } catch (ObjectMissingException e) {
            return Optional.empty();
        }
    }
}
