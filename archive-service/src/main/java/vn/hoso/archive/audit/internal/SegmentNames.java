package vn.hoso.archive.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Segment files are {@code NNNNNN.jsonl}, numbered from 1; anything else in the folder is not part of the trail. */
final class SegmentNames {

    private static final Pattern NAME = Pattern.compile("(\\d{6})\\.jsonl");

    private SegmentNames() {}

    static String name(int number) {
        return "%06d.jsonl".formatted(number);
    }

    static List<Integer> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> NAME.matcher(path.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .map(match -> Integer.parseInt(match.group(1)))
                    .sorted()
                    .toList();
        }
    }
}
