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
        if (!isAscii(term)) {
            String normal = TonePlacement.normalise(term.toString());
            term.setEmpty().append(normal);
        }
        return true;
    }

    private static boolean isAscii(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
