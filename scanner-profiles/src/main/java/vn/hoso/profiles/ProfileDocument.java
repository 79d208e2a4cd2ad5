package vn.hoso.profiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One profile file as parsed YAML: checked against the schema key by key (so a typo fails naming the
 * file and key), merged over its parent, and finally turned into a {@link ScannerProfile}. Longer than our
 * usual class because it is the whole schema of the profile format in one place.
 */
record ProfileDocument(String name, String source, String parent, Map<String, Map<String, Object>> sections) {

    static final String EXTENDS = "extends";

    /** Every key a profile may hold, by section, in the order they are reported. */
    private static final Map<String, List<String>> SCHEMA = schema();

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m)");

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KiB|MiB|GiB|TiB)", Pattern.CASE_INSENSITIVE);

    private static Map<String, List<String>> schema() {
        Map<String, List<String>> schema = new LinkedHashMap<>();
        schema.put("capture", List.of("minDpi", "renderDpi", "colourMode", "source", "duplex"));
        schema.put("limits", List.of("maxBytes", "maxPixels", "maxPages"));
        schema.put("cleanup", List.of("steps", "blankInkRatio"));
        schema.put("ocr", List.of("languages", "pageSegMode", "confidenceFloor"));
        schema.put("batch", List.of("separator", "codePattern"));
        schema.put("hotFolder", List.of("enabled", "inbox", "settle"));
        return schema;
    }

    static ProfileDocument parse(String name, String source, String yamlText) {
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(new SafeConstructor(options)).load(yamlText);
        } catch (YAMLException e) {
            throw new InvalidProfileException(source, "not valid YAML: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InvalidProfileException(source, "expected a mapping of sections at the top level");
        }
        String parent = null;
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : top.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (key.equals(EXTENDS)) {
                parent = requireText(source, EXTENDS, entry.getValue());
            } else if (SCHEMA.containsKey(key)) {
                sections.put(key, section(source, key, entry.getValue()));
            } else {
                throw unknownKey(source, key, SCHEMA.keySet().stream().toList());
            }
        }
        return new ProfileDocument(name, source, parent, sections);
    }

    private static Map<String, Object> section(String source, String sectionName, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new InvalidProfileException(source, sectionName + " must be a mapping of keys");
        }
        List<String> known = SCHEMA.get(sectionName);
        Map<String, Object> checked = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (!known.contains(key)) {
                throw unknownKey(source, sectionName + "." + key, known);
            }
            checked.put(key, entry.getValue());
        }
        return checked;
    }

    private static InvalidProfileException unknownKey(String source, String keyPath, List<String> known) {
        return new InvalidProfileException(
                source, "unknown key '" + keyPath + "' (allowed here: " + String.join(", ", known) + ")");
    }

    /** This document's keys laid over {@code base}'s; the result keeps this document's name and source. */
    ProfileDocument over(ProfileDocument base) {
        Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
        base.sections.forEach((key, values) -> merged.put(key, new LinkedHashMap<>(values)));
        sections.forEach((key, values) ->
                merged.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(values));
        return new ProfileDocument(name, source, null, merged);
    }

    ScannerProfile toProfile() {
        try {
            return new ScannerProfile(
                    name,
                    build(
                            "capture",
                            () -> new ScannerProfile.Capture(
                                    intValue("capture", "minDpi"),
                                    intValue("capture", "renderDpi"),
                                    choice("capture", "colourMode", ScannerProfile.ColourMode.class),
                                    choice("capture", "source", ScannerProfile.Source.class),
                                    flag("capture", "duplex"))),
                    build(
                            "limits",
                            () -> new ScannerProfile.Limits(
                                    size("limits", "maxBytes"),
                                    longValue("limits", "maxPixels"),
                                    intValue("limits", "maxPages"))),
                    build(
                            "cleanup",
                            () -> new ScannerProfile.Cleanup(
                                    choices("cleanup", "steps", ScannerProfile.CleanupStep.class),
                                    number("cleanup", "blankInkRatio"))),
                    build(
                            "ocr",
                            () -> new ScannerProfile.Ocr(
                                    text("ocr", "languages"),
                                    intValue("ocr", "pageSegMode"),
                                    number("ocr", "confidenceFloor"))),
                    build(
                            "batch",
                            () -> new ScannerProfile.Batch(
                                    choice("batch", "separator", ScannerProfile.Separator.class),
                                    text("batch", "codePattern"))),
                    build(
                            "hotFolder",
                            () -> new ScannerProfile.HotFolder(
                                    flag("hotFolder", "enabled"),
                                    text("hotFolder", "inbox"),
                                    duration("hotFolder", "settle"))));
        } catch (InvalidProfileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException(source, e.getMessage(), e);
        }
    }

    private interface Part<T> {
        T build();
    }

    /** Runs a record constructor so that its message, which starts with the key, gains the section. */
    private <T> T build(String sectionName, Part<T> part) {
        try {
            return part.build();
        } catch (InvalidProfileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidProfileException(source, sectionName + "." + e.getMessage(), e);
        }
    }

    private Object required(String sectionName, String key) {
        Map<String, Object> values = sections.get(sectionName);
        Object value = values == null ? null : values.get(key);
        if (value == null) {
            throw new InvalidProfileException(
                    source,
                    "missing key '" + sectionName + "." + key + "'"
                            + (parent == null ? "" : " (not set by this file nor by '" + parent + "')"));
        }
        return value;
    }

    private int intValue(String sectionName, String key) {
        long value = longValue(sectionName, key);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw wrongType(sectionName, key, value, "a whole number within 32 bits");
        }
        return (int) value;
    }

    private long longValue(String sectionName, String key) {
        Object value = required(sectionName, key);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw wrongType(sectionName, key, value, "a whole number");
    }

    private double number(String sectionName, String key) {
        Object value = required(sectionName, key);
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        throw wrongType(sectionName, key, value, "a number");
    }

    private boolean flag(String sectionName, String key) {
        Object value = required(sectionName, key);
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(sectionName, key, value, "true or false");
    }

    /** An enum constant written in kebab case in YAML: {@code crop-borders} for {@code CROP_BORDERS}. */
    private <E extends Enum<E>> E choice(String sectionName, String key, Class<E> type) {
        return constant(sectionName, key, required(sectionName, key), type);
    }

    private <E extends Enum<E>> List<E> choices(String sectionName, String key, Class<E> type) {
        Object value = required(sectionName, key);
        if (!(value instanceof List<?> list)) {
            throw wrongType(sectionName, key, value, "a list such as [" + kebab(type.getEnumConstants()[0]) + "]");
        }
        return list.stream().map(item -> constant(sectionName, key, item, type)).toList();
    }

    private <E extends Enum<E>> E constant(String sectionName, String key, Object value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (kebab(constant).equals(String.valueOf(value))) {
                return constant;
            }
        }
        throw wrongType(
                sectionName,
                key,
                value,
                "one of "
                        + java.util.Arrays.stream(type.getEnumConstants())
                                .map(ProfileDocument::kebab)
                                .toList());
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A duration written as a number with a unit: {@code 500ms}, {@code 5s}, {@code 2m}. */
    private java.time.Duration duration(String sectionName, String key) {
        Object value = required(sectionName, key);
        Matcher m = DURATION.matcher(String.valueOf(value).trim());
        if (!(value instanceof String) || !m.matches()) {
            throw wrongType(sectionName, key, value, "a duration such as '500ms', '5s' or '2m'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> java.time.Duration.ofMillis(amount);
            case "s" -> java.time.Duration.ofSeconds(amount);
            default -> java.time.Duration.ofMinutes(amount);
        };
    }

    private String text(String sectionName, String key) {
        return requireText(source, sectionName + "." + key, required(sectionName, key));
    }

    /** A byte count, either a whole number or a number with a binary unit such as {@code 512 MiB}. */
    private long size(String sectionName, String key) {
        Object value = required(sectionName, key);
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        Matcher m = SIZE.matcher(String.valueOf(value).trim());
        if (!(value instanceof String) || !m.matches()) {
            throw wrongType(sectionName, key, value, "a byte count such as 536870912 or '512 MiB'");
        }
        int shift =
                switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "kib" -> 10;
                    case "mib" -> 20;
                    case "gib" -> 30;
                    case "tib" -> 40;
                    default -> 0;
                };
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), 1L << shift);
        } catch (ArithmeticException | NumberFormatException e) {
            throw wrongType(sectionName, key, value, "a byte count that fits in 63 bits");
        }
    }

    private InvalidProfileException wrongType(String sectionName, String key, Object value, String expected) {
        return new InvalidProfileException(
                source, sectionName + "." + key + " must be " + expected + ", was '" + value + "'");
    }

    private static String requireText(String source, String keyPath, Object value) {
        if (value instanceof String s && !s.isBlank()) {
            return s.trim();
        }
        throw new InvalidProfileException(source, keyPath + " must be a non-empty text, was '" + value + "'");
    }
}
