package vn.hoso.archive.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoso.archive.audit.Verification;

class SegmentLogTest {

    @TempDir
    Path folder;

    Verification verify(List<SegmentFile> segments) {
        return new ChainVerifier(Trails.JSON, null).verify(segments);
    }

    @Test
    void chainContinuesAcrossARestart() {
        Trails.withRecords(folder, 3);

        try (SegmentLog log = Trails.open(folder)) {
            ChainedRecord fourth = log.append(Trails.event(4)).record();

            assertThat(fourth.seq()).isEqualTo(4);
            assertThat(verify(log.snapshot()).intact()).isTrue();
        }
    }

    @Test
    void concurrentWritersProduceOneUnbrokenChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (SegmentLog log = new SegmentLog(folder, 4096, Duration.ofDays(1), Trails.JSON)) {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                int n = i;
                done.add(writers.submit(() -> log.append(Trails.event(n))));
            }
            for (Future<?> each : done) {
                each.get();
            }
            Verification result = verify(log.snapshot());

            assertThat(result.intact()).isTrue();
            assertThat(result.records()).isEqualTo(200);
            assertThat(result.segments()).isGreaterThan(1);
        } finally {
            writers.shutdown();
        }
    }

    @Nested
    class Sealing {

        @Test
        void segmentIsSealedWhenItReachesTheSizeLimit() {
            try (SegmentLog log = new SegmentLog(folder, 700, Duration.ofDays(1), Trails.JSON)) {
                SegmentLog.Appended first = log.append(Trails.event(1));
                SegmentLog.Appended second = log.append(Trails.event(2));
                SegmentLog.Appended third = log.append(Trails.event(3));

                assertThat(first.sealed()).isEmpty();
                assertThat(third.sealed()).isEmpty();
                SegmentLog.Sealed sealed = second.sealed().orElseThrow();
                assertThat(sealed.segment().name()).isEqualTo("000001.jsonl");
                assertThat(sealed.lastSeq()).isEqualTo(2);
                assertThat(sealed.lastHash()).isEqualTo(second.record().hash());
                assertThat(log.snapshot())
                        .extracting(SegmentFile::name, SegmentFile::sealed)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("000001.jsonl", true),
                                org.assertj.core.groups.Tuple.tuple("000002.jsonl", false));
            }
        }

        @Test
        void segmentIsSealedOnceItsFirstRecordIsOlderThanTheAgeLimit() {
            try (SegmentLog log = new SegmentLog(folder, Long.MAX_VALUE, Duration.ofHours(1), Trails.JSON)) {
                log.append(Trails.event(1));

                assertThat(log.sealIfDue(Trails.START.plus(Duration.ofMinutes(30))))
                        .isEmpty();
                assertThat(log.sealIfDue(Trails.START.plus(Duration.ofMinutes(61))))
                        .isPresent();
                assertThat(log.sealIfDue(Trails.START.plus(Duration.ofDays(2))))
                        .as("empty segment")
                        .isEmpty();
            }
        }
    }

    @Nested
    class CrashDuringAWrite {

        @Test
        void tornLastLineIsCutAtStartAndKeptAside() throws IOException {
            Path segment = Trails.withRecords(folder, 4);
            long clean = Files.size(segment);
            Files.writeString(
                    segment, "{\"seq\":5,\"time\":\"2026-11-2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            try (SegmentLog log = Trails.open(folder)) {
                assertThat(Files.size(segment)).isEqualTo(clean);
                assertThat(log.recovered()).isEqualTo("{\"seq\":5,\"time\":\"2026-11-2".length());
                assertThat(log.append(Trails.event(5)).record().seq()).isEqualTo(5);
                assertThat(verify(log.snapshot()).intact()).isTrue();
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(path -> path.getFileName().toString()))
                        .anyMatch(name -> name.startsWith("000001.jsonl.torn-"));
            }
        }

        @Test
        void tornTailSeenBeforeARestartIsReportedApartFromTampering() throws IOException {
            Path segment = Trails.withRecords(folder, 4);
            Files.writeString(segment, "{\"seq\":5,\"ti", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            SegmentFile asFound = new SegmentFile("000001.jsonl", segment, Files.size(segment), false);

            Verification result = verify(List.of(asFound));

            assertThat(result.intact()).isTrue();
            assertThat(result.tornTail()).isTrue();
            assertThat(result.records()).isEqualTo(4);
        }
    }
}
