package vn.hoso.archive.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.hoso.archive.audit.AuditAction;
import vn.hoso.archive.audit.AuditEvent;
import vn.hoso.archive.audit.AuditOutcome;

/** Named trails on disk for the tests, and the edits a tamperer would make to their files. */
final class Trails {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    private Trails() {}

    /** A log that never seals by size or age unless told to. */
    static SegmentLog open(Path folder) {
        return new SegmentLog(folder, Long.MAX_VALUE, Duration.ofDays(365), JSON);
    }

    /** The {@code n}-th event of a day at the archive: officers opening dossiers, with Vietnamese detail. */
    static AuditEvent event(int n) {
        return new AuditEvent(
                START.plusSeconds(n),
                "officer" + (n % 3),
                AuditAction.DOSSIER_OPEN,
                "QT-LS-%06d".formatted(n),
                n % 4,
                n % 5 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS,
                "10.0.0." + n,
                Map.of("query", "họ tên: Nguyễn Văn Thường \"" + n + "\""));
    }

    /** A single-segment trail of {@code count} records, closed. */
    static Path withRecords(Path folder, int count) {
        try (SegmentLog log = open(folder)) {
            for (int i = 1; i <= count; i++) {
                log.append(event(i));
            }
        }
        return folder.resolve("000001.jsonl");
    }

    static List<SegmentFile> segments(Path folder) {
        try (SegmentLog log = open(folder)) {
            return log.snapshot();
        }
    }

    static List<String> lines(Path segment) {
        try {
            return new ArrayList<>(Files.readAllLines(segment, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path segment, List<String> lines) {
        try {
            Files.writeString(segment, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
