package vn.hoso.ingest.bench.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How far a recognised text is from its ground truth.
 *
 * <p>Both texts are compared after {@link #normalized}: NFC, every run of white space (line breaks, form
 * feeds, tabs) made one space, ends trimmed. CER is the Levenshtein distance over code points divided by
 * the ground truth's length; WER the same over white-space separated words. Either can exceed 1 when the
 * recognised text is much longer than the truth. An empty ground truth scores 0 against an empty reading
 * and 1 against anything else.
 *
 * @param charEdits insertions, deletions and substitutions of characters
 * @param truthChars code points in the normalised ground truth
 * @param wordEdits the same over words
 * @param truthWords words in the normalised ground truth
 */
public record TextScore(int charEdits, int truthChars, int wordEdits, int truthWords) {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public static TextScore of(String recognized, String groundTruth) {
        String text = normalized(recognized);
        String truth = normalized(groundTruth);
        int[] textChars = text.codePoints().toArray();
        int[] truthChars = truth.codePoints().toArray();
        Map<String, Integer> ids = new HashMap<>();
        int[] textWords = wordIds(words(text), ids);
        int[] truthWords = wordIds(words(truth), ids);
        return new TextScore(
                distance(textChars, truthChars), truthChars.length, distance(textWords, truthWords), truthWords.length);
    }

    /**
     * The score against whichever ground truth is closer by CER (a page may have a reading-order and a
     * visual-order version); ties go to the first.
     */
    public static TextScore closest(String recognized, List<String> groundTruths) {
        if (groundTruths.isEmpty()) {
            throw new IllegalArgumentException("no ground truth");
        }
        TextScore best = null;
        for (String truth : groundTruths) {
            TextScore score = of(recognized, truth);
            if (best == null || score.cer() < best.cer()) {
                best = score;
            }
        }
        return best;
    }

    /** NFC, white space collapsed to single spaces, trimmed. */
    public static String normalized(String text) {
        return WHITE_SPACE
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" ")
                .strip();
    }

    /** Whether {@code phrase} occurs in {@code text} exactly (case and diacritics included) once both are normalised. */
    public static boolean contains(String text, String phrase) {
        String wanted = normalized(phrase);
        return !wanted.isEmpty() && normalized(text).contains(wanted);
    }

    public double cer() {
        return rate(charEdits, truthChars);
    }

    public double wer() {
        return rate(wordEdits, truthWords);
    }

    private static double rate(int edits, int truthLength) {
        if (truthLength == 0) {
            return edits == 0 ? 0 : 1;
        }
        return (double) edits / truthLength;
    }

    private static List<String> words(String normalized) {
        return normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
    }

    private static int distance(int[] a, int[] b) {
        int[] previous = new int[b.length + 1];
        int[] current = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            current[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length];
    }

    /** Each distinct word as a small integer, so words are compared with the same distance as characters. */
    private static int[] wordIds(List<String> words, Map<String, Integer> ids) {
        return words.stream()
                .mapToInt(word -> ids.computeIfAbsent(word, w -> ids.size()))
                .toArray();
    }
}
