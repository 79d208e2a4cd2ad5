package vn.hoso.ingest.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hoso.profiles.ScannerProfile;
import vn.hoso.profiles.ScannerProfiles;

/**
 * One command's arguments: {@code --name value} options from a fixed set, and the rest in order.
 * Anything malformed is an {@link IllegalArgumentException} whose message is shown above the usage.
 */
record CommandLine(Map<String, String> options, List<String> operands) {

    static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    static CommandLine parse(List<String> args, Set<String> known) {
        Map<String, String> options = new HashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                operands.add(arg);
            } else if (!known.contains(arg)) {
                throw new IllegalArgumentException("unknown option " + arg);
            } else if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value");
            } else {
                options.put(arg, args.get(++i));
            }
        }
        return new CommandLine(options, operands);
    }

    String text(String option, String fallback) {
        return options.getOrDefault(option, fallback);
    }

    Path path(String option) {
        String value = options.get(option);
        if (value == null) {
            throw new IllegalArgumentException(option + " DIR is required");
        }
        return Path.of(value);
    }

    /** A whole number of at least {@code min}; {@code fallback} when the option is absent. */
    long number(String option, long min, long fallback) {
        String value = options.get(option);
        if (value == null) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value);
            if (number >= min) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(option + " must be a whole number of at least " + min + ", was " + value);
    }

    int threads() {
        return (int) number("--threads", 1, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    Path tessdata() {
        return Path.of(text("--tessdata", DEBIAN_TESSDATA.toString()));
    }

    /** {@code --profile NAME} (built in) or {@code --profile FILE.yml}; {@code default} when absent. */
    ScannerProfile profile() {
        String profile = text("--profile", "default");
        return profile.endsWith(".yml") || profile.endsWith(".yaml")
                ? ScannerProfiles.load(Path.of(profile))
                : ScannerProfiles.builtIn().get(profile);
    }
}
