package vn.hoso.archive.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The terms a piece of text analyses to, outside an index: the same {@link VietnameseAnalyzer} chains that index and
 * query fields, so keys built here (provinces, decision numbers, names to suggest) compare exactly as searches do.
 */
public final class Terms {

    private static final Analyzer EXACT = VietnameseAnalyzer.exact();
    private static final Analyzer FOLDED = VietnameseAnalyzer.folded();

    private Terms() {}

    /** Lower case, NFC, one tone placement, diacritics kept. */
    public static List<String> exact(String text) {
        return analyse(EXACT, text);
    }

    /** Lower case, diacritics removed ({@code đ→d}). */
    public static List<String> folded(String text) {
        return analyse(FOLDED, text);
    }

    /** The folded terms joined by single spaces: one spelling for "Quảng Trị", "QUANG  TRI" and "quảng trị". */
    public static String key(String text) {
        return String.join(" ", folded(text));
    }

    /**
     * Lower case without diacritics, one character for one character, so that positions found in the result are
     * positions in {@code nfcText}; for recognising field names in what a user typed.
     */
    public static String foldCharByChar(String nfcText) {
        StringBuilder out = new StringBuilder(nfcText.length());
        for (int i = 0; i < nfcText.length(); i++) {
            out.append(foldChar(Character.toLowerCase(nfcText.charAt(i))));
        }
        return out.toString();
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return c;
        }
        if (c == 'đ') {
            return 'd';
        }
        char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        return base < 0x80 ? base : c;
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }
}
