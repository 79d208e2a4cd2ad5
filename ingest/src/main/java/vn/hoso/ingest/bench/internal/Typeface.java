package vn.hoso.ingest.bench.internal;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A font family installed on the machine, in its regular, bold and italic cuts. Families that are missing
 * or cannot draw every Vietnamese letter are left out (Debian 12's Liberation 1.07, DejaVu Sans Mono), so a
 * generated set depends on the fonts installed: Debian {@code fonts-dejavu-core}, {@code fonts-freefont-ttf},
 * {@code fonts-noto-mono}.
 */
record Typeface(String name, Path regular, Path bold, Path italic, boolean mono) {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation");
    private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    private static final Path FREEFONT = Path.of("/usr/share/fonts/truetype/freefont");
    /** Every Vietnamese letter: the twelve vowels bare and with each of the five tones, and đ. */
    private static final String VIETNAMESE = vietnameseAlphabet();

    private static final Map<Path, Font> LOADED = new ConcurrentHashMap<>();

    private static final List<Typeface> ALL = List.of(
            new Typeface(
                    "DejaVu Serif",
                    DEJAVU.resolve("DejaVuSerif.ttf"),
                    DEJAVU.resolve("DejaVuSerif-Bold.ttf"),
                    DEJAVU.resolve("DejaVuSerif-Italic.ttf"),
                    false),
            new Typeface(
                    "DejaVu Sans",
                    DEJAVU.resolve("DejaVuSans.ttf"),
                    DEJAVU.resolve("DejaVuSans-Bold.ttf"),
                    DEJAVU.resolve("DejaVuSans-Oblique.ttf"),
                    false),
            new Typeface(
                    "DejaVu Serif Condensed",
                    DEJAVU.resolve("DejaVuSerifCondensed.ttf"),
                    DEJAVU.resolve("DejaVuSerifCondensed-Bold.ttf"),
                    DEJAVU.resolve("DejaVuSerifCondensed-Italic.ttf"),
                    false),
            new Typeface(
                    "Liberation Serif",
                    LIBERATION.resolve("LiberationSerif-Regular.ttf"),
                    LIBERATION.resolve("LiberationSerif-Bold.ttf"),
                    LIBERATION.resolve("LiberationSerif-Italic.ttf"),
                    false),
            new Typeface(
                    "Liberation Sans",
                    LIBERATION.resolve("LiberationSans-Regular.ttf"),
                    LIBERATION.resolve("LiberationSans-Bold.ttf"),
                    LIBERATION.resolve("LiberationSans-Italic.ttf"),
                    false),
            new Typeface(
                    "Liberation Sans Narrow",
                    LIBERATION.resolve("LiberationSansNarrow-Regular.ttf"),
                    LIBERATION.resolve("LiberationSansNarrow-Bold.ttf"),
                    LIBERATION.resolve("LiberationSansNarrow-Italic.ttf"),
                    false),
            new Typeface(
                    "FreeSerif",
                    FREEFONT.resolve("FreeSerif.ttf"),
                    FREEFONT.resolve("FreeSerifBold.ttf"),
                    FREEFONT.resolve("FreeSerifItalic.ttf"),
                    false),
            new Typeface(
                    "FreeSans",
                    FREEFONT.resolve("FreeSans.ttf"),
                    FREEFONT.resolve("FreeSansBold.ttf"),
                    FREEFONT.resolve("FreeSansOblique.ttf"),
                    false),
            new Typeface(
                    "FreeMono",
                    FREEFONT.resolve("FreeMono.ttf"),
                    FREEFONT.resolve("FreeMonoBold.ttf"),
                    FREEFONT.resolve("FreeMonoOblique.ttf"),
                    true),
            new Typeface(
                    "DejaVu Sans Mono",
                    DEJAVU.resolve("DejaVuSansMono.ttf"),
                    DEJAVU.resolve("DejaVuSansMono-Bold.ttf"),
                    DEJAVU.resolve("DejaVuSansMono-Oblique.ttf"),
                    true),
            new Typeface(
                    "Liberation Mono",
                    LIBERATION.resolve("LiberationMono-Regular.ttf"),
                    LIBERATION.resolve("LiberationMono-Bold.ttf"),
                    LIBERATION.resolve("LiberationMono-Italic.ttf"),
                    true),
            new Typeface(
                    "Noto Mono",
                    NOTO.resolve("NotoMono-Regular.ttf"),
                    NOTO.resolve("NotoMono-Regular.ttf"),
                    NOTO.resolve("NotoMono-Regular.ttf"),
                    true));

    private static String vietnameseAlphabet() {
        StringBuilder letters = new StringBuilder("đĐ");
        for (char vowel : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
            letters.append(vowel);
            for (char tone : "\u0300\u0301\u0309\u0303\u0323".toCharArray()) {
                letters.append(Normalizer.normalize("" + vowel + tone, Normalizer.Form.NFC));
            }
        }
        return letters.toString();
    }

    /** The usable families, in a fixed order. */
    static List<Typeface> installed(boolean mono) {
        return ALL.stream()
                .filter(face -> face.mono() == mono)
                .filter(Typeface::usable)
                .toList();
    }

    private boolean usable() {
        return Files.isReadable(regular)
                && Files.isReadable(bold)
                && Files.isReadable(italic)
                && load(regular).canDisplayUpTo(VIETNAMESE) < 0;
    }

    /** The cut for {@code style}, at {@code pixels} per em; a family without a bold or italic file fakes it. */
    Font font(Row.Style style, float pixels) {
        return switch (style) {
            case BOLD, TITLE, SMALL_BOLD ->
                bold.equals(regular)
                        ? load(regular).deriveFont(Font.BOLD, pixels)
                        : load(bold).deriveFont(pixels);
            case ITALIC ->
                italic.equals(regular)
                        ? load(regular)
                                .deriveFont(AffineTransform.getShearInstance(-0.2, 0))
                                .deriveFont(pixels)
                        : load(italic).deriveFont(pixels);
            case REGULAR, SMALL -> load(regular).deriveFont(pixels);
        };
    }

    private static Font load(Path file) {
        return LOADED.computeIfAbsent(file, path -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, path.toFile());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("cannot load font " + path, e);
            }
        });
    }
}
