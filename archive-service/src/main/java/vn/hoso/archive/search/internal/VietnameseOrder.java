package vn.hoso.archive.search.internal;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.util.BytesRef;

/**
 * Sort keys that put personal names in Vietnamese alphabetical order, as unsigned byte strings (what a sorted
 * doc-values field compares).
 *
 * <p>Order of the parts: given name (the last word), then family name (the first word), then middle names, as
 * Vietnamese lists of people are kept. Within each part, letters first, in the order
 * {@value #ALPHABET} (the Vietnamese alphabet with the Latin-only f, j, w, z in their Latin places, digits before
 * letters); only where the letters agree do the tones decide, in the order ngang, huyền, hỏi, ngã, sắc, nặng. So
 * "Thuận" &lt; "Thương" &lt; "Thường" &lt; "Thưởng" &lt; "Thượng", and "Lê Văn An" &lt; "Trần Thị Anh". Case and
 * tone placement ("Hòa"/"Hoà") do not matter; characters that are not letters or digits are ignored.
 */
public final class VietnameseOrder {

    static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    /** Combining tone marks in the conventional tone order after ngang (no mark). */
    private static final String TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323";

    private static final int END_OF_PART = 0;
    private static final int END_OF_LETTERS = 1;
    private static final int END_OF_WORD = 2;
    private static final int FIRST_TONE = 3;
    private static final int FIRST_DIGIT = 0x10;
    private static final int FIRST_LETTER = 0x20;
    private static final Locale VIETNAMESE = Locale.of("vi");

    private VietnameseOrder() {}

    /** The key of a full name; an empty key for a name without letters or digits. */
    public static BytesRef key(String fullName) {
        List<String> words = Arrays.stream(Terms.nfc(fullName).strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!words.isEmpty()) {
            part(out, words.subList(words.size() - 1, words.size()));
            if (words.size() > 1) {
                part(out, words.subList(0, 1));
                part(out, words.subList(1, words.size() - 1));
            }
        }
        return new BytesRef(out.toByteArray());
    }

    private static void part(ByteArrayOutputStream out, List<String> words) {
        ByteArrayOutputStream tones = new ByteArrayOutputStream();
        for (String word : words) {
            String decomposed =
                    Normalizer.normalize(TonePlacement.normalise(word.toLowerCase(VIETNAMESE)), Normalizer.Form.NFD);
            int tone = 0;
            int i = 0;
            while (i < decomposed.length()) {
                char base = decomposed.charAt(i++);
                char shape = 0;
                for (; i < decomposed.length() && isCombining(decomposed.charAt(i)); i++) {
                    char mark = decomposed.charAt(i);
                    int toneIndex = TONE_MARKS.indexOf(mark);
                    if (toneIndex >= 0) {
                        tone = toneIndex + 1;
                    } else {
                        shape = mark;
                    }
                }
                int code = letterCode(base, shape);
                if (code >= 0) {
                    out.write(code);
                }
            }
            out.write(END_OF_WORD);
            tones.write(FIRST_TONE + tone);
        }
        out.write(END_OF_LETTERS);
        out.writeBytes(tones.toByteArray());
        out.write(END_OF_PART);
    }

    /** A letter with its shape mark (breve, circumflex, horn) as one code; -1 for what does not sort. */
    private static int letterCode(char base, char shape) {
        if (base >= '0' && base <= '9') {
            return FIRST_DIGIT + (base - '0');
        }
        String letter =
                shape == 0 ? String.valueOf(base) : Normalizer.normalize("" + base + shape, Normalizer.Form.NFC);
        int index = letter.length() == 1 ? ALPHABET.indexOf(letter.charAt(0)) : -1;
        return index < 0 ? -1 : FIRST_LETTER + index;
    }

    private static boolean isCombining(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
