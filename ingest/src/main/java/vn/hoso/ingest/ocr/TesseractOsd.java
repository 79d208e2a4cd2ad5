package vn.hoso.ingest.ocr;

import com.sun.jna.ptr.PointerByReference;
import java.awt.image.BufferedImage;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract's orientation and script detection ({@code osd.traineddata}), a second native engine beside the
 * recogniser: the {@code osd} model runs only on the legacy classifier, which the LSTM-only {@code vie}
 * model lacks. Started on first use, so workers that never doubt a page never load it. Not thread-safe.
 */
final class TesseractOsd implements AutoCloseable {

    private static final TessAPI API = TessAPI.INSTANCE;
    private static final String MODEL = "osd";

    private final Path tessdata;
    private final NativeGrey pixels = new NativeGrey();
    private TessBaseAPI handle;
    private boolean unavailable;

    TesseractOsd(Path tessdata) {
        this.tessdata = tessdata;
    }

    /** Empty when {@code osd.traineddata} is missing or the page has too little text to judge. */
    Optional<Orientation> detect(BufferedImage image) {
        if (!started()) {
            return Optional.empty();
        }
        try {
            API.TessBaseAPISetImage(handle, pixels.of(image), image.getWidth(), image.getHeight(), 1, image.getWidth());
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            if (API.TessBaseAPIDetectOrientationScript(
                            handle, degrees, confidence, new PointerByReference(), scriptConfidence)
                    == 0) {
                return Optional.empty();
            }
            // Tesseract reports how far the page is turned counter-clockwise; undoing it is the same turn clockwise.
            return Optional.of(new Orientation(Math.floorMod(360 - degrees.get(0), 360), confidence.get(0)));
        } finally {
            API.TessBaseAPIClear(handle);
        }
    }

    private boolean started() {
        if (handle != null || unavailable) {
            return handle != null;
        }
        // A missing model would bring down the JVM inside libtesseract; without it, orientation stays unknown.
        if (!Files.isRegularFile(tessdata.resolve(MODEL + ".traineddata"))) {
            unavailable = true;
            return false;
        }
        TessBaseAPI created = API.TessBaseAPICreate();
        if (API.TessBaseAPIInit2(
                        created, tessdata.toAbsolutePath().toString(), MODEL, TessOcrEngineMode.OEM_TESSERACT_ONLY)
                != 0) {
            API.TessBaseAPIDelete(created);
            unavailable = true;
            return false;
        }
        API.TessBaseAPISetPageSegMode(created, TessPageSegMode.PSM_OSD_ONLY);
        API.TessBaseAPISetVariable(created, "user_defined_dpi", "300");
        API.TessBaseAPISetVariable(created, "debug_file", "/dev/null");
        handle = created;
        return true;
    }

    @Override
    public void close() {
        if (handle != null) {
            API.TessBaseAPIEnd(handle);
            API.TessBaseAPIDelete(handle);
            handle = null;
        }
        unavailable = true;
    }
}
