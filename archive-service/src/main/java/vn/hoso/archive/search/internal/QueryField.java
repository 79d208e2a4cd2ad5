package vn.hoso.archive.search.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of the query syntax: the names an officer may type before a colon (folded, lower case; the
 * Vietnamese label, its short forms and an English word) and how each reads the value after it.
 */
enum QueryField {
    NAME(words(Criterion.Name::new), "ho ten", "ho va ten", "hoten", "ten", "ten goi khac", "name"),
    BIRTH_YEAR(QueryField::birthYears, "nam sinh", "namsinh", "sinh nam", "birth year", "born"),
    HOMETOWN(words(Criterion.Hometown::new), "que quan", "quequan", "que", "nguyen quan", "hometown"),
    PROVINCE(words(Criterion.Province::new), "tinh", "tinh thanh", "province"),
    DISTRICT(words(Criterion.District::new), "huyen", "quan huyen", "district"),
    CODE(token(Pattern.compile("[^\\s,;\"]+"), Criterion.Code::new), "ma", "ma ho so", "so ho so", "code"),
    ID_NUMBER(
            token(Pattern.compile("\\d(?:[\\d.]|\\s(?=\\d))*"), Criterion.IdNumber::new),
            "cccd",
            "cmnd",
            "cmt",
            "can cuoc",
            "so dinh danh",
            "so cmnd",
            "so cccd",
            "id"),
    DECISION_NUMBER(
            token(Pattern.compile("[^\\s,;\"]+"), Criterion.DecisionNumber::new),
            "so qd",
            "so quyet dinh",
            "quyet dinh",
            "qd",
            "decision"),
    CATEGORY(words(Criterion.Category::new), "loai", "doi tuong", "dien", "category"),
    DOCUMENT_TYPE(words(Criterion.DocumentType::new), "van ban", "loai van ban", "loai giay to", "document"),
    STATUS(words(Criterion.Status::new), "trang thai", "tinh trang", "status"),
    DATE(QueryField::dates, "ngay", "ngay thang", "thoi gian", "date"),
    GENDER(words(Criterion.Gender::new), "gioi tinh", "gioi", "gender");

    /** A field's condition, and the text after its value, which is plain words again. */
    record Reading(Criterion criterion, String rest) {}

    private static final Pattern YEARS = Pattern.compile(
            "(\\d{4})(?:\\s*(?:-|–|—|\\.\\.|đến|den|to)\\s*(\\d{4}))?(?![\\d/.-])", Pattern.CASE_INSENSITIVE);
    private static final String DATE_OR_YEAR = "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4})";
    private static final Pattern DATES = Pattern.compile(
            "(" + DATE_OR_YEAR + ")(?:\\s*(?:-|–|—|\\.\\.|đến|den|to)\\s*(" + DATE_OR_YEAR + "))?(?![\\d/.-])",
            Pattern.CASE_INSENSITIVE);

    private final Function<String, Optional<Reading>> reader;
    private final List<String> aliases;

    QueryField(Function<String, Optional<Reading>> reader, String... aliases) {
        this.reader = reader;
        this.aliases = List.of(aliases);
    }

    static List<String> aliases() {
        return Arrays.stream(values()).flatMap(field -> field.aliases.stream()).toList();
    }

    /** The field a typed (folded, lower-case) name stands for; white space inside it may be any run. */
    static QueryField named(String typed) {
        String name = typed.strip().replaceAll("\\s+", " ");
        return Arrays.stream(values())
                .filter(field -> field.aliases.contains(name))
                .findFirst()
                .orElseThrow();
    }

    /** Reads the value at the start of {@code typed}; empty when there is none this field understands. */
    Optional<Reading> read(String typed) {
        return reader.apply(typed.stripLeading());
    }

    /** Words up to a comma or semicolon, or the text between quotes. */
    private static Function<String, Optional<Reading>> words(Function<String, Criterion> criterion) {
        return typed -> {
            String value;
            String rest;
            if (typed.startsWith("\"")) {
                int close = typed.indexOf('"', 1);
                value = typed.substring(1, close < 0 ? typed.length() : close);
                rest = close < 0 ? "" : typed.substring(close + 1);
            } else {
                int cut = firstOf(typed, ",;");
                value = cut < 0 ? typed : typed.substring(0, cut);
                rest = cut < 0 ? "" : typed.substring(cut + 1);
            }
            boolean readable = value.codePoints().anyMatch(Character::isLetterOrDigit);
            return readable ? Optional.of(new Reading(criterion.apply(value.strip()), rest)) : Optional.empty();
        };
    }

    /** One token matching {@code pattern}, optionally in quotes. */
    private static Function<String, Optional<Reading>> token(Pattern pattern, Function<String, Criterion> criterion) {
        return typed -> {
            String unquoted = typed.startsWith("\"") ? typed.substring(1) : typed;
            Matcher matcher = pattern.matcher(unquoted);
            if (!matcher.lookingAt()) {
                return Optional.empty();
            }
            String rest = unquoted.substring(matcher.end());
            rest = rest.startsWith("\"") ? rest.substring(1) : rest;
            return Optional.of(new Reading(criterion.apply(matcher.group()), rest));
        };
    }

    private static Optional<Reading> birthYears(String typed) {
        Matcher matcher = YEARS.matcher(typed);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
        return Optional.of(new Reading(
                new Criterion.BirthYears(Math.min(from, to), Math.max(from, to)), typed.substring(matcher.end())));
    }

    private static Optional<Reading> dates(String typed) {
        Matcher matcher = DATES.matcher(typed);
        if (!matcher.lookingAt()) {
            return Optional.empty();
        }
        try {
            LocalDate[] first = days(matcher.group(1));
            LocalDate[] second = matcher.group(2) == null ? first : days(matcher.group(2));
            LocalDate from = first[0].isBefore(second[0]) ? first[0] : second[0];
            LocalDate to = first[1].isAfter(second[1]) ? first[1] : second[1];
            return Optional.of(new Reading(new Criterion.Dates(from, to), typed.substring(matcher.end())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first and last day a typed date ({@code d/m/yyyy}) or year stands for. */
    private static LocalDate[] days(String typed) {
        if (typed.length() == 4) {
            int year = Integer.parseInt(typed);
            return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        }
        String[] parts = typed.split("[/.-]");
        LocalDate day =
                LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0]));
        return new LocalDate[] {day, day};
    }

    private static int firstOf(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
