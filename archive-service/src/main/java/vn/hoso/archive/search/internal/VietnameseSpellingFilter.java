package vn.hoso.archive.search.internal;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Brings each lower-cased token to NFC with one tone placement ({@link TonePlacement}), so that text typed as
 * combining sequences (NFD, common from macOS and some OCR engines) or with the older tone style indexes and
 * matches like everything else. Offsets are untouched: highlights still point into the original text. Must run
 * before {@code ASCIIFoldingFilter}, which folds only precomposed characters.
 */
public final class VietnameseSpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseSpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!isAscii(term) && !isSettled(term)) {
            String normal = TonePlacement.normalise(term.toString());
            term.setEmpty().append(normal);
        }
        return true;
    }

    /**
     * Whether the word is already what {@link TonePlacement#normalise} would return, told without normalising: every
     * letter precomposed (NFC has nothing to do) and no tone on the glide of an "oa"/"oe"/"uy" cluster. Nearly every
     * word of recognised text is; normalising each of them was most of the cost of indexing a page.
     */
    private static boolean isSettled(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 && !isPrecomposedVietnamese(c)) {
                return false;
            }
            char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
            if ((TONED_O.indexOf(c) >= 0 && (next == 'a' || next == 'e')) || (TONED_U.indexOf(c) >= 0 && next == 'y')) {
                return false;
            }
        }
        return true;
    }

    /** Latin letters Vietnamese writes precomposed, each its own NFC form. */
    private static boolean isPrecomposedVietnamese(char c) {
        return (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7)
                || (c >= 0x100 && c <= 0x17F)
                || c == 'Ơ'
                || c == 'ơ'
                || c == 'Ư'
                || c == 'ư'
                || (c >= 0x1EA0 && c <= 0x1EF9);
    }

    private static final String TONED_O = "òóỏõọ";
    private static final String TONED_U = "ùúủũụ";

    private static boolean isAscii(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
