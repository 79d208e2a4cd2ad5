package vn.hoso.ingest.pipeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.hoso.ingest.cleanup.CleanPage;
import vn.hoso.ingest.cleanup.PageGeometry;
import vn.hoso.ingest.ocr.OcrEngine;
import vn.hoso.ingest.ocr.OcrResult;
import vn.hoso.ingest.ocr.Orientation;

/** When the engine's orientation detection is consulted, and which reading is kept. */
class UprightReaderTest {

    private static final double FLOOR = 60;

    /**
     * Reads a page as confidently as it is upright: a 3 × 2 image's top-left pixel says which way it is turned
     * (black: upright), and detection answers a fixed turn. Records what it was asked.
     */
    private static final class ScriptedEngine implements OcrEngine {
        final List<String> calls = new ArrayList<>();
        final Optional<Orientation> answer;

        ScriptedEngine(Optional<Orientation> answer) {
            this.answer = answer;
        }

        @Override
        public OcrResult recognize(BufferedImage image) {
            calls.add("recognize");
            boolean upright = image.getRaster().getSample(0, 0, 0) == 0;
            return new OcrResult(upright ? "upright" : "garbled", List.of(), upright ? 90 : 40);
        }

        @Override
        public Optional<Orientation> orientation(BufferedImage image) {
            calls.add("orientation");
            return answer;
        }

        @Override
        public void close() {}
    }

    /** A 3 × 2 grey page whose one black pixel comes to the top left once it is turned {@code undo}° clockwise. */
    private static CleanPage page(int undo, boolean inDoubt) {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                image.getRaster().setSample(x, y, 0, 200);
            }
        }
        switch (undo) {
            case 0 -> image.getRaster().setSample(0, 0, 0, 0);
            case 90 -> image.getRaster().setSample(0, 1, 0, 0);
            case 180 -> image.getRaster().setSample(2, 1, 0, 0);
            default -> throw new IllegalArgumentException("undo " + undo);
        }
        return new CleanPage(image, PageGeometry.of(3, 2), 0.1, false, inDoubt);
    }

    private final UprightReader reader = new UprightReader(true, FLOOR);

    @Test
    void confidentReadingOfAnUndoubtedPageNeverAsksForOrientation() {
        ScriptedEngine engine = new ScriptedEngine(Optional.of(new Orientation(180, 20)));

        UprightReader.Reading reading = reader.read(engine, page(0, false));

        assertThat(reading.ocr().text()).isEqualTo("upright");
        assertThat(engine.calls).containsExactly("recognize");
    }

    @Test
    void pageInDoubtIsTurnedAsTheEngineSaysBeforeItIsRead() {
        ScriptedEngine engine = new ScriptedEngine(Optional.of(new Orientation(180, 20)));

        UprightReader.Reading reading = reader.read(engine, page(180, true));

        assertThat(engine.calls).containsExactly("orientation", "recognize");
        assertThat(reading.ocr().text()).isEqualTo("upright");
        assertThat(reading.page().geometry().rotation()).isEqualTo(180);
    }

    @Test
    void readingUnderTheFloorAsksForOrientationAndKeepsTheBetterReading() {
        ScriptedEngine engine = new ScriptedEngine(Optional.of(new Orientation(180, 20)));

        UprightReader.Reading reading = reader.read(engine, page(180, false));

        assertThat(engine.calls).containsExactly("recognize", "orientation", "recognize");
        assertThat(reading.ocr().text()).isEqualTo("upright");
        assertThat(reading.page().geometry().rotation()).isEqualTo(180);
    }

    @Test
    void turnThatReadsNoBetterIsUndone() {
        ScriptedEngine engine = new ScriptedEngine(Optional.of(new Orientation(90, 20)));

        UprightReader.Reading reading = reader.read(engine, page(180, false));

        assertThat(engine.calls).containsExactly("recognize", "orientation", "recognize");
        assertThat(reading.page().geometry().rotation()).isZero();
        assertThat(reading.ocr().text()).isEqualTo("garbled");
    }

    @Test
    void unsureOrMissingDetectionLeavesThePageAsItIs() {
        ScriptedEngine unsure = new ScriptedEngine(Optional.of(new Orientation(180, 0.2)));
        ScriptedEngine none = new ScriptedEngine(Optional.empty());

        assertThat(reader.read(unsure, page(180, true)).page().geometry().rotation())
                .isZero();
        assertThat(reader.read(none, page(180, false)).ocr().text()).isEqualTo("garbled");
        assertThat(none.calls).containsExactly("recognize", "orientation");
    }

    @Test
    void profileWithoutTheOrientationStepNeverAsks() {
        ScriptedEngine engine = new ScriptedEngine(Optional.of(new Orientation(180, 20)));

        new UprightReader(false, FLOOR).read(engine, page(180, true));

        assertThat(engine.calls).containsExactly("recognize");
    }
}
