package vn.hoso.ingest.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import vn.hoso.profiles.ScannerProfile;

/**
 * Tesseract (LSTM) over the system libtesseract, through Tess4J's native binding.
 *
 * <p>One instance owns one native engine, initialised once with its language models and reused for
 * every page (Tess4J's {@code Tesseract} class would reload the models on every call). Recognition is a
 * single pass: the text and the word boxes come from the same result. Not thread-safe.
 */
public final class TesseractEngine implements OcrEngine {

    /**
     * Tess4J's interface binding resolves each native function on first use; its direct binding
     * ({@code TessAPI1}) binds all of them up front and fails on libtesseract 5.3, which lacks newer ones.
     */
    private static final TessAPI API = TessAPI.INSTANCE;

    /** Resolution Tesseract assumes for its size heuristics; it re-estimates from the text height. */
    private static final String ASSUMED_DPI = "300";

    private final TessBaseAPI handle;
    private final TesseractOsd osd;
    private final NativeGrey pixels = new NativeGrey();
    private boolean closed;

    /**
     * @param tessdata folder holding {@code <language>.traineddata} for each language in the settings
     * @throws IllegalStateException when a language model is missing (libtesseract would otherwise bring
     *     down the whole JVM) or the engine cannot start
     */
    public TesseractEngine(Path tessdata, ScannerProfile.Ocr settings) {
        requireModels(tessdata, settings.languageList());
        handle = API.TessBaseAPICreate();
        int status = API.TessBaseAPIInit2(
                handle, tessdata.toAbsolutePath().toString(), settings.languages(), TessOcrEngineMode.OEM_LSTM_ONLY);
        if (status != 0) {
            API.TessBaseAPIDelete(handle);
            throw new IllegalStateException("Tesseract could not start with languages '" + settings.languages()
                    + "' from " + tessdata + " (status " + status + ")");
        }
        API.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
        API.TessBaseAPISetVariable(handle, "user_defined_dpi", ASSUMED_DPI);
        // Progress chatter ("Detected 34 diacritics") would otherwise go to the service's stderr per page.
        API.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        osd = new TesseractOsd(tessdata);
    }

    private static void requireModels(Path tessdata, List<String> languages) {
        for (String language : languages) {
            Path model = tessdata.resolve(language + ".traineddata");
            if (!Files.isRegularFile(model)) {
                throw new IllegalStateException("Tesseract language model missing: " + model.toAbsolutePath()
                        + " (on Debian install the package tesseract-ocr-" + debianSuffix(language) + ")");
            }
        }
    }

    /** Debian names its packages {@code tesseract-ocr-vie}, {@code -chi-sim}, {@code -script-viet}. */
    private static String debianSuffix(String language) {
        String lower = language.toLowerCase(Locale.ROOT);
        if (lower.startsWith("script/")) {
            String script = lower.substring("script/".length());
            return "script-" + script.substring(0, Math.min(4, script.length()));
        }
        return lower.replace('_', '-');
    }

    @Override
    public OcrResult recognize(BufferedImage image) {
        if (closed) {
            throw new IllegalStateException("engine is closed");
        }
        ByteBuffer buffer = pixels.of(image);
        try {
            API.TessBaseAPISetImage(handle, buffer, image.getWidth(), image.getHeight(), 1, image.getWidth());
            if (API.TessBaseAPIRecognize(handle, null) != 0) {
                throw new OcrFailedException("Tesseract could not recognise the page");
            }
            String text = nfc(takeText(API.TessBaseAPIGetUTF8Text(handle)));
            List<OcrWord> words = readWords();
            double mean =
                    words.stream().mapToDouble(OcrWord::confidence).average().orElse(0);
            return new OcrResult(text, words, mean);
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    /**
     * Tesseract's orientation detection ({@code osd.traineddata}), loaded on first use. Empty when that model
     * is not installed or the page has too little text.
     */
    @Override
    public Optional<Orientation> orientation(BufferedImage image) {
        if (closed) {
            throw new IllegalStateException("engine is closed");
        }
        return osd.detect(image);
    }

    private List<OcrWord> readWords() {
        List<OcrWord> words = new ArrayList<>();
        TessResultIterator iterator = API.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return words;
        }
        try {
            int level = TessPageIteratorLevel.RIL_WORD;
            TessPageIterator page = API.TessResultIteratorGetPageIterator(iterator);
            IntBuffer left = IntBuffer.allocate(1);
            IntBuffer top = IntBuffer.allocate(1);
            IntBuffer right = IntBuffer.allocate(1);
            IntBuffer bottom = IntBuffer.allocate(1);
            do {
                String text = nfc(takeText(API.TessResultIteratorGetUTF8Text(iterator, level)));
                if (text.isBlank() || API.TessPageIteratorBoundingBox(page, level, left, top, right, bottom) == 0) {
                    continue;
                }
                float confidence = API.TessResultIteratorConfidence(iterator, level);
                words.add(new OcrWord(
                        text.strip(),
                        left.get(0),
                        top.get(0),
                        right.get(0) - left.get(0),
                        bottom.get(0) - top.get(0),
                        confidence));
            } while (API.TessResultIteratorNext(iterator, level) != 0);
        } finally {
            API.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    /** Copies a native UTF-8 string and frees it. */
    private static String takeText(Pointer pointer) {
        if (pointer == null) {
            return "";
        }
        try {
            return pointer.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            API.TessDeleteText(pointer);
        }
    }

    /** Tesseract may emit decomposed diacritics; the archive compares and indexes NFC only. */
    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            osd.close();
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
        }
    }
}
