package vn.hoso.archive.search.internal;

import java.text.Normalizer;

/**
 * One spelling for the two tone-mark placements of Vietnamese: in the open-syllable clusters "oa", "oe" and "uy",
 * the older style puts the tone on the first vowel ("hòa", "khỏe", "thủy", "úy") and the newer one on the second
 * ("hoà", "khoẻ", "thuỷ", "uý"). Both are printed and typed today, often in the same dossier, and they must find each
 * other.
 *
 * <p>The rule moves the tone of such a cluster to the second vowel. That is where every closed syllable already
 * carries it ("hoàng", "toán", "huỳnh"), so a correctly placed mark is never moved. Only a plain {@code o} or
 * {@code u} (no circumflex, breve or horn) followed by a plain {@code a}, {@code e} or {@code y} is touched; other
 * diphthongs ("mùa", "mía", "thuở") keep their mark on the first vowel, as both styles agree.
 */
public final class TonePlacement {

    private TonePlacement() {}

    /** The NFC form of a lower-case word with the tone of an "oa"/"oe"/"uy" cluster on the second vowel. */
    public static String normalise(String lowerCaseWord) {
        String decomposed = Normalizer.normalize(lowerCaseWord, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        int i = 0;
        while (i < decomposed.length()) {
            char c = decomposed.charAt(i);
            if (isMovableCluster(decomposed, i)) {
                out.append(c).append(decomposed.charAt(i + 2)).append(decomposed.charAt(i + 1));
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** Whether {@code text[i..i+2]} is a plain glide, one tone mark, and a plain partner vowel, in NFD. */
    private static boolean isMovableCluster(String text, int i) {
        if (i + 2 >= text.length() || !isToneMark(text.charAt(i + 1))) {
            return false;
        }
        char glide = text.charAt(i);
        char partner = text.charAt(i + 2);
        boolean cluster = (glide == 'o' && (partner == 'a' || partner == 'e')) || (glide == 'u' && partner == 'y');
        boolean partnerPlain = i + 3 >= text.length() || !isCombiningMark(text.charAt(i + 3));
        return cluster && partnerPlain;
    }

    /** The five Vietnamese tones as combining marks: grave, acute, hook above, tilde, dot below. */
    private static boolean isToneMark(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0309' || c == '\u0303' || c == '\u0323';
    }

    private static boolean isCombiningMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
