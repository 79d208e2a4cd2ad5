package vn.hoso.archive.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.hoso.archive.search.SearchIndex;

/**
 * Reads what an officer typed into plain words and phrases ({@link QueryText}) plus fields ({@link Criterion}), as
 * {@link SearchIndex#search} describes. Field names are recognised without case or diacritics, only outside quotes
 * and only at the start of the text or after white space, a comma or a semicolon. Nothing is a syntax error: an
 * unknown name before a colon, or a field whose value cannot be read, stays plain words.
 */
public final class QuerySyntax {

    /** What a query says: words and phrases that must occur somewhere, and conditions on fields. */
    public record Parsed(QueryText words, List<Criterion> criteria) {

        public Parsed {
            criteria = List.copyOf(criteria);
        }
    }

    private static final Pattern FIELD = Pattern.compile("(?<![^\\s,;(])(" + alternation() + ")\\s*:");

    private QuerySyntax() {}

    /**
     * @throws IllegalArgumentException when words, phrases and fields together exceed {@link SearchIndex#MAX_UNITS}
     */
    public static Parsed parse(String text) {
        String nfc = Terms.nfc(text == null ? "" : text);
        List<int[]> quoted = quotedSpans(nfc);
        List<FieldAt> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(Terms.foldCharByChar(nfc));
        while (matcher.find()) {
            if (!inside(quoted, matcher.start())) {
                fields.add(new FieldAt(QueryField.named(matcher.group(1)), matcher.start(), matcher.end()));
            }
        }
        int firstField = fields.isEmpty() ? nfc.length() : fields.get(0).start();
        StringBuilder plain = new StringBuilder(nfc.substring(0, firstField));
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            FieldAt field = fields.get(i);
            int end = i + 1 < fields.size() ? fields.get(i + 1).start() : nfc.length();
            String typed = nfc.substring(field.valueStart(), end);
            Optional<QueryField.Reading> reading = field.kind().read(typed);
            if (reading.isPresent()) {
                criteria.add(reading.get().criterion());
                plain.append(' ').append(reading.get().rest());
            } else {
                plain.append(' ')
                        .append(nfc, field.start(), field.valueStart() - 1)
                        .append(' ')
                        .append(typed);
            }
        }
        QueryText words = QueryText.parse(plain.toString());
        if (words.units().size() + criteria.size() > SearchIndex.MAX_UNITS) {
            throw new IllegalArgumentException("a search takes at most " + SearchIndex.MAX_UNITS
                    + " words, phrases and fields, got " + (words.units().size() + criteria.size()));
        }
        return new Parsed(words, criteria);
    }

    private static String alternation() {
        return QueryField.aliases().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(alias -> alias.replace(" ", "\\s+"))
                .collect(Collectors.joining("|"));
    }

    /** Spans of text between double quotes, quotes included; an unclosed quote runs to the end. */
    private static List<int[]> quotedSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        int open = text.indexOf('"');
        while (open >= 0) {
            int close = text.indexOf('"', open + 1);
            int end = close < 0 ? text.length() : close + 1;
            spans.add(new int[] {open, end});
            open = close < 0 ? -1 : text.indexOf('"', close + 1);
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int position) {
        return spans.stream().anyMatch(span -> position > span[0] && position < span[1]);
    }

    private record FieldAt(QueryField kind, int start, int valueStart) {}
}
