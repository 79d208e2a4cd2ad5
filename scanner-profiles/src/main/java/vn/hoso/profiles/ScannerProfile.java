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
public record ScannerProfile(
        String name, Capture capture, Limits limits, Cleanup cleanup, Ocr ocr, Batch batch, HotFolder hotFolder) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public ScannerProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(ocr, "ocr");
        Objects.requireNonNull(cleanup, "cleanup");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(hotFolder, "hotFolder");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be lower-case letters, digits and '-', was '" + name + "'");
        }
    }

    /** A profile with the default cleanup, no batch splitting and no hot folder: for tests and tools. */
    public ScannerProfile(String name, Capture capture, Limits limits, Ocr ocr) {
        this(name, capture, limits, Cleanup.STANDARD, ocr, Batch.NONE, HotFolder.DISABLED);
    }

    /** How the pages are captured. */
    public enum ColourMode {
        COLOUR,
        GREY,
        BILEVEL
    }

    /** What captures them. A camera brings perspective and uneven light; a feeder, skew. */
    public enum Source {
        FEEDER,
        FLATBED,
        CAMERA
    }

    /**
     * @param minDpi lowest scanning resolution (dots per inch) this kind of capture is expected to use; pages
     *     below it are flagged (the archival rule is at least 200 dpi in colour)
     * @param renderDpi resolution (dots per inch) at which PDF pages are rasterised
     * @param colourMode what the device is set to deliver
     * @param source the kind of device
     * @param duplex whether both sides of each sheet are captured (blank backs then become flagged pages)
     */
    public record Capture(int minDpi, int renderDpi, ColourMode colourMode, Source source, boolean duplex) {
        public Capture {
            requireRange("minDpi", minDpi, 1, 2400);
            requireRange("renderDpi", renderDpi, 72, 1200);
            Objects.requireNonNull(colourMode, "colourMode");
            Objects.requireNonNull(source, "source");
        }

        /** A simplex colour feeder. */
        public Capture(int minDpi, int renderDpi) {
            this(minDpi, renderDpi, ColourMode.COLOUR, Source.FEEDER, false);
        }
    }

    /** One image operation on the OCR copy and the viewing derivative; the master is never touched. */
    public enum CleanupStep {
        ORIENTATION,
        DESKEW,
        CROP_BORDERS,
        FLATTEN_ILLUMINATION,
        RECOVER_CONTRAST,
        DESPECKLE,
        BINARIZE
    }

    /**
     * @param steps the operations, in the order they run
     * @param blankInkRatio share of dark pixels (0..1) below which a page counts as blank; blank pages are
     *     flagged, never dropped
     */
    public record Cleanup(List<CleanupStep> steps, double blankInkRatio) {

        public static final Cleanup STANDARD = new Cleanup(
                List.of(
                        CleanupStep.ORIENTATION,
                        CleanupStep.DESKEW,
                        CleanupStep.CROP_BORDERS,
                        CleanupStep.FLATTEN_ILLUMINATION,
                        CleanupStep.DESPECKLE),
                0.002);

        public Cleanup {
            steps = List.copyOf(steps);
            if (steps.stream().distinct().count() != steps.size()) {
                throw new IllegalArgumentException("steps must not name a step twice, was " + steps);
            }
            if (!(blankInkRatio >= 0 && blankInkRatio < 1)) {
                throw new IllegalArgumentException(
                        "blankInkRatio must be at least 0 and below 1, was " + blankInkRatio);
            }
        }

        public boolean has(CleanupStep step) {
            return steps.contains(step);
        }
    }

    /** How a scanned stack is split into dossiers. */
    public enum Separator {
        NONE,
        BARCODE
    }

    /**
     * @param separator {@code BARCODE}: a sheet carrying a Code 128 or QR barcode starts the next dossier and is
     *     not itself a page
     * @param codePattern what a separator's barcode must match to count (a dossier code), as a regular expression
     */
    public record Batch(Separator separator, String codePattern) {

        public static final Batch NONE = new Batch(Separator.NONE, "[A-Z0-9][A-Z0-9-]{2,39}");

        public Batch {
            Objects.requireNonNull(separator, "separator");
            Objects.requireNonNull(codePattern, "codePattern");
            try {
                Pattern.compile(codePattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("codePattern is not a regular expression: " + e.getDescription());
            }
        }
    }

    /**
     * @param enabled whether the service watches an inbox for this profile
     * @param inbox the inbox's folder name under the service's hot-folder root
     * @param settle how long a file must stay unchanged (size and time) before it is taken
     */
    public record HotFolder(boolean enabled, String inbox, java.time.Duration settle) {

        public static final HotFolder DISABLED = new HotFolder(false, "default", java.time.Duration.ofSeconds(5));

        public HotFolder {
            Objects.requireNonNull(settle, "settle");
            if (inbox == null || !NAME.matcher(inbox).matches()) {
                throw new IllegalArgumentException(
                        "inbox must be lower-case letters, digits and '-', was '" + inbox + "'");
            }
            if (settle.isNegative() || settle.compareTo(java.time.Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException("settle must be between 0s and 1h, was " + settle);
            }
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
                throw new IllegalArgumentException("confidenceFloor must be between 0 and 100, was " + confidenceFloor);
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
