package vn.hoso.ingest.batch.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a separator sheet's dossier code on a page: a Code 128 or QR barcode whose whole text matches the
 * profile's pattern. A barcode that does not match (a postal label, a form number) does not make a page a
 * separator.
 *
 * <p>A downscaled copy (about 150 dpi on A4) is tried first, since most pages carry no barcode and that is
 * where the time goes; the full page only when the copy finds nothing. Each format is looked for on its own,
 * so a non-matching barcode of one kind cannot hide a matching one of the other. Bars running across the page
 * (a sheet fed sideways) are read through ZXing's rotation in {@code TRY_HARDER} mode, upside-down ones
 * because Code 128 is read in both directions; QR codes read at any rotation. Thread-safe: readers are made
 * per call, as ZXing's are not.
 */
public final class SeparatorBarcodes {

    /** Longer side of the fast first look, in pixels: an A4 page at about 150 dpi. */
    private static final int QUICK_SIDE = 1750;

    private static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE);

    private final Pattern codePattern;

    public SeparatorBarcodes(Pattern codePattern) {
        this.codePattern = codePattern;
    }

    /** The dossier code if {@code page} is a separator sheet. */
    public Optional<String> codeOn(BufferedImage page) {
        Optional<String> quick = codeOn(GreyLuminance.of(page, QUICK_SIDE));
        if (quick.isPresent() || Math.max(page.getWidth(), page.getHeight()) <= QUICK_SIDE) {
            return quick;
        }
        return codeOn(GreyLuminance.of(page, Integer.MAX_VALUE));
    }

    private Optional<String> codeOn(GreyLuminance luminance) {
        for (BarcodeFormat format : FORMATS) {
            Optional<String> code = read(luminance, format)
                    .filter(text -> codePattern.matcher(text).matches());
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> read(GreyLuminance luminance, BarcodeFormat format) {
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE,
                DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        try {
            Result result = reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(luminance)));
            return Optional.ofNullable(result.getText()).map(String::strip);
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
