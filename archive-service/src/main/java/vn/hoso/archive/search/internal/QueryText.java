package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.List;
import vn.hoso.archive.search.SearchIndex;

/**
 * What a user typed, split into the units that must each match: bare words, and phrases in double quotes. There are
 * no operators, so no input can make the parser fail; an unclosed quote runs to the end of the text.
 *
 * @param units each bare word or quoted phrase, in typed order, trimmed and never blank
 */
public record QueryText(List<String> units) {

    /** Bounds the size of the engine query a single request can build. */
    public static final int MAX_UNITS = SearchIndex.MAX_UNITS;

    public QueryText {
        units = List.copyOf(units);
    }

    /**
     * @throws IllegalArgumentException when the text holds more than {@value #MAX_UNITS} words and phrases
     */
    public static QueryText parse(String text) {
        List<String> units = new ArrayList<>();
        String[] quoted = text.split("\"", -1);
        for (int i = 0; i < quoted.length; i++) {
            boolean insideQuotes = i % 2 == 1;
            if (insideQuotes) {
                addIfNotBlank(units, quoted[i]);
            } else {
                for (String word : quoted[i].split("\\s+")) {
                    addIfNotBlank(units, word);
                }
            }
        }
        if (units.size() > MAX_UNITS) {
            throw new IllegalArgumentException(
                    "a search takes at most " + MAX_UNITS + " words and phrases, got " + units.size());
        }
        return new QueryText(units);
    }

    public boolean isBlank() {
        return units.isEmpty();
    }

    private static void addIfNotBlank(List<String> units, String unit) {
        String trimmed = unit.strip();
        if (!trimmed.isEmpty()) {
            units.add(trimmed);
        }
    }
}
