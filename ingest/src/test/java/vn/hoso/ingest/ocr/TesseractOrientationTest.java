package vn.hoso.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hoso.ingest.TestScans;
import vn.hoso.profiles.ScannerProfiles;

/** Tesseract's own orientation detection ({@code osd.traineddata}), on a rendered notice in each quarter turn. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TesseractOrientationTest {

    static final Path TESSDATA =
            Path.of(System.getProperty("hoso.ingest.tessdata", "/usr/share/tesseract-ocr/5/tessdata"));

    private final TesseractEngine engine = new TesseractEngine(
            TESSDATA, ScannerProfiles.builtIn().get("default").ocr());

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    @ParameterizedTest(name = "scanned turned {0}° clockwise")
    @ValueSource(ints = {0, 90, 180, 270})
    void turnThatMakesThePageUprightIsFound(int turn) {
        Orientation orientation =
                engine.orientation(TestScans.turned(TestScans.notice(), turn)).orElseThrow();

        assertThat(orientation.rotation()).isEqualTo((360 - turn) % 360);
        assertThat(orientation.confidence()).isGreaterThan(1);
    }

    @Test
    void withoutTheOsdModelOrientationIsUnknownAndTheEngineStillReads(@TempDir Path tessdata) throws IOException {
        Files.createSymbolicLink(
                tessdata.resolve("vie.traineddata"),
                TESSDATA.resolve("vie.traineddata").toRealPath());
        try (TesseractEngine withoutOsd = new TesseractEngine(
                tessdata, ScannerProfiles.builtIn().get("default").ocr())) {
            assertThat(withoutOsd.orientation(TestScans.turned(TestScans.notice(), 180)))
                    .isEmpty();
            assertThat(withoutOsd.recognize(TestScans.notice()).text()).contains("GIẤY BÁO TỬ");
        }
    }
}
