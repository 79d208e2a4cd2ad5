package vn.hoso.archive.page;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How uploaded pages are recognised.
 *
 * @param profile the scanner profile uploads are processed with (a built-in profile's name)
 * @param tessdata folder holding Tesseract's {@code vie.traineddata}; Debian's {@code tesseract-ocr-vie} puts it in
 *     the default
 * @param workers recognition threads, each with its own Tesseract; 0 means one per core, since OCR is CPU-bound
 */
@Validated
@ConfigurationProperties("hoso.ingest")
record IngestProperties(
        @DefaultValue("default") @NotBlank String profile,

        @DefaultValue("/usr/share/tesseract-ocr/5/tessdata") @NotNull
        Path tessdata,

        @DefaultValue("0") @Min(0) int workers) {

    int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
