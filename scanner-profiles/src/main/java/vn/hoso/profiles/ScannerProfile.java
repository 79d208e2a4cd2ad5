package vn.hoso.profiles;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one kind of scan is captured, bounded and recognised. Instances are always valid: every
 * constructor rejects impossible values with an {@link IllegalArgumentException} whose message starts
 * with the offending key as it is spelled in the YAML file.
 *
 * @param name the profile's name, the file name without {@code .yml}
 */
public record ScannerProfile(String name, Capture capture, Limits limits, Ocr ocr) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ScannerProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(ocr, "ocr");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "name must be lower-case letters, digits and '-', was '" + name + "'");
        }
    }

    /**
     * @param minDpi lowest scanning resolution (dots per inch) this kind of capture is expected to use
     * @param renderDpi resolution (dots per inch) at which PDF pages are rasterised
     */
    public record Capture(int minDpi, int renderDpi) {
        public Capture {
            requireRange("minDpi", minDpi, 1, 2400);
            requireRange("renderDpi", renderDpi, 72, 1200);
        }
    }

    /**
     * Guards applied before decoding, so that a hostile or broken upload cannot exhaust the heap.
     *
     * @param maxBytes largest accepted file, in bytes
     * @param maxPixels largest accepted page, in pixels (width × height), judged from the header
     * @param maxPages most pages accepted in one file
     */
    public record Limits(long maxBytes, long maxPixels, int maxPages) {
        public Limits {
            requireRange("maxBytes", maxBytes, 1, Long.MAX_VALUE);
            requireRange("maxPixels", maxPixels, 1, Long.MAX_VALUE);
            requireRange("maxPages", maxPages, 1, Integer.MAX_VALUE);
        }
    }

    /**
     * @param languages Tesseract model names joined with {@code +}, e.g. {@code vie} or {@code vie+eng}
     * @param pageSegMode Tesseract page segmentation mode, 1..13 (0 only detects orientation, no text)
     * @param confidenceFloor mean word confidence (0..100) below which a page is meant for human review
     */
    public record Ocr(String languages, int pageSegMode, double confidenceFloor) {

        private static final Pattern LANGUAGES =
                Pattern.compile("[A-Za-z_]+(/[A-Za-z_]+)?(\\+[A-Za-z_]+(/[A-Za-z_]+)?)*");

        public Ocr {
            Objects.requireNonNull(languages, "languages");
            if (!LANGUAGES.matcher(languages).matches()) {
                throw new IllegalArgumentException("languages must be model names joined with '+' "
                        + "(e.g. 'vie' or 'vie+eng'), was '" + languages + "'");
            }
            requireRange("pageSegMode", pageSegMode, 1, 13);
            if (!(confidenceFloor >= 0 && confidenceFloor <= 100)) {
                throw new IllegalArgumentException(
                        "confidenceFloor must be between 0 and 100, was " + confidenceFloor);
            }
        }

        /** The individual model names, in the order Tesseract tries them. */
        public List<String> languageList() {
            return Arrays.asList(languages.split("\\+"));
        }
    }

    private static void requireRange(String key, long value, long min, long max) {
        if (value < min || value > max) {
            String bound = max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "at least " + min
                    : "between " + min + " and " + max;
            throw new IllegalArgumentException(key + " must be " + bound + ", was " + value);
        }
    }
}
